package extract_test

import "testing"

// TestTitledStopSurnames covers surnames that are function words ("Among", "Will", "May"):
// after a title or an office and a given name, where that name ends its clause in the
// article, the word is the surname there and everywhere the article prints it so; a
// function word after a name that never ends a clause stays out of it.
func TestTitledStopSurnames(t *testing.T) {
	x := newExtractor(t)
	runActorCases(t, x, []actorCase{
		{"a clause ends after the name", `"We are neighbours," said Speaker Anita Among.`,
			[]actorWant{{"Anita Among", "Speaker", ""}}, []string{"Anita"}},
		{"the name before a verb where it ends a clause elsewhere", "Speaker Anita Among met Kenyan Foreign Minister Musalia Mudavadi on Monday. The talks went well, said Speaker Anita Among.",
			[]actorWant{{"Anita Among", "Speaker", ""}, {"Musalia Mudavadi", "Foreign Minister", "KE"}}, []string{"Anita"}},
		{"before a comma", "Trade Minister Denis Will, who leads the talks, flew to Lima on Monday.",
			[]actorWant{{"Denis Will", "Trade Minister", ""}}, []string{"Denis"}},
		{"a function word that never ends a clause stays out", "Minister Anita Kovac Will Visit Lima, the paper said.",
			[]actorWant{{"Anita Kovac", "", ""}}, []string{"Anita Kovac Will"}},
	})
}

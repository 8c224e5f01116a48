package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestPossessorSpokesmanNamed covers a spokesperson a possessive ties to a leader after an
// inverted speech verb: named, set off by a comma or not, the spokesperson speaks; unnamed,
// the leader does, as "X's office said" is X.
func TestPossessorSpokesmanNamed(t *testing.T) {
	x := newExtractor(t)
	const lead = "Norwegian Foreign Minister Karl Berg met Uzbek President Islam Karimov in Tashkent on Monday. "
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"named after a comma",
			lead + `"We have opened a new chapter," said Karimov's spokesman, Sherzod Asadov.`,
			[]quoteWant{{"We have opened a new chapter,", "Sherzod Asadov"}}},
		{"named without a comma",
			lead + `"We have opened a new chapter," said Karimov's spokesman Sherzod Asadov.`,
			[]quoteWant{{"We have opened a new chapter,", "Sherzod Asadov"}}},
		{"unnamed with a relative clause",
			lead + `"We have opened a new chapter," said Karimov's spokesman, who briefed reporters after the talks.`,
			[]quoteWant{{"We have opened a new chapter,", "Islam Karimov"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

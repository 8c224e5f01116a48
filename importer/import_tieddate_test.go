package importer_test

import (
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportTiedDateVotes imports one phone call that four outlets report on the same
// day, two dating it Monday by one capital's clock and two Tuesday by the other's, in
// several orders of the articles, and checks that the contact's date is the same whether
// its reports are held in memory through the import or read back from the index's saved
// state after every article, and whether they come in one run or two: a database's rows
// must depend neither on a memory setting nor on the order of its articles. With
// the votes, the statuses and the publication days tied, the date is that of the first
// outlet by name (summarize's tieOrder), whatever order the reports came in.
func TestImportTiedDateVotes(t *testing.T) {
	const (
		monday  = "Foreign Minister Tomas Verhaal spoke by phone with Foreign Minister Idris Kalume on Monday evening, the ministry said."
		monday2 = "Idris Kalume and Tomas Verhaal held a phone call on Monday evening, officials said."
		tuesday = "Foreign Minister Idris Kalume had a phone conversation with Foreign Minister Tomas Verhaal on Tuesday morning."
		tuesdy2 = "Tomas Verhaal spoke by phone with Idris Kalume on Tuesday morning, the foreign ministry said."
	)
	outlet := map[string]string{monday: "Wire", monday2: "Paper", tuesday: "Daily", tuesdy2: "Agency"}
	const want = "Idris Kalume & Tomas Verhaal (phone, 2025-06-10)|a.md,b.md,c.md,d.md"
	for _, tc := range []struct {
		name  string
		order []string // the sentences of a.md, b.md, c.md and d.md, imported in that order
		split int      // when not 0, the articles from this one on are imported in a second run
	}{
		{"Monday, Monday, Tuesday, Tuesday", []string{monday, monday2, tuesday, tuesdy2}, 0},
		{"Tuesday, Tuesday, Monday, Monday", []string{tuesday, tuesdy2, monday, monday2}, 0},
		{"Monday, Tuesday, Monday, Tuesday", []string{monday, tuesday, monday2, tuesdy2}, 0},
		{"Tuesday, Monday, Tuesday, Monday", []string{tuesday, monday, tuesdy2, monday2}, 0},
		{"Tuesday, Monday, Monday, Tuesday", []string{tuesday, monday, monday2, tuesdy2}, 0},
		{"Monday, Monday, then Tuesday, Tuesday in a later run", []string{monday, monday2, tuesday, tuesdy2}, 2},
		{"Monday, Tuesday, Monday, then Tuesday in a later run", []string{monday, tuesday, monday2, tuesdy2}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runs := []map[string]string{{}}
			for i, body := range tc.order {
				if i == tc.split && i > 0 {
					runs = append(runs, map[string]string{})
				}
				name := string(rune('a'+i)) + ".md"
				runs[len(runs)-1][name] = outletStory{name, outlet[body], "2025-06-10", body}.markdown()
			}
			for _, held := range []int{0, 1} {
				path, _ := importEach(t, importer.Options{HeldContacts: held}, runs...)
				if got := reportedContacts(t, path); !slices.Equal(got, []string{want}) {
					t.Errorf("held %d, contacts:\n%q\nwant\n%q", held, got, []string{want})
				}
			}
		})
	}
}

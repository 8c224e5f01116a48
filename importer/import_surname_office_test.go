package importer_test

import "testing"

// TestImportSurnameOfAnotherOffice checks that a bare surname whose title names another
// office than the one person the database knows by that surname is not that person, and
// that the full name an outlet prints later with that office is the bare one's: one
// contact of the two reports, and the earlier namesake's untouched.
func TestImportSurnameOfAnotherOffice(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "a finance minister with a foreign minister's surname",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-01", "Norwegian Foreign Minister Ruth Halden met Kenyan President William Ruto in Nairobi on Saturday."},
			{"b.md", "Wire", "2025-03-10", "British Finance Minister Halden met Kenyan Finance Minister Paulo Souza in London on Monday."},
			{"c.md", "Paper", "2025-03-11", "British Finance Minister Tom Halden met Kenyan Finance Minister Paulo Souza in London on Monday to discuss debt relief."},
		},
		want: []string{
			"Paulo Souza & Tom Halden (meeting, 2025-03-10)|b.md,c.md",
			"Ruth Halden & William Ruto (meeting, 2025-03-01)|a.md",
		},
	}, {
		name: "the known office",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-01", "Norwegian Foreign Minister Ruth Halden met Kenyan President William Ruto in Nairobi on Saturday."},
			{"b.md", "Paper", "2025-03-02", "Norwegian Foreign Minister Halden met Kenyan President William Ruto in Nairobi on Saturday."},
		},
		want: []string{"Ruth Halden & William Ruto (meeting, 2025-03-01)|a.md,b.md"},
	}})
}

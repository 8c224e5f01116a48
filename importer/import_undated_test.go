package importer_test

import "testing"

// TestImportUndatedReportsOfOnePair imports made-up reports of one pair that give no date
// and have no publication date, as many feeds carry them, and checks which of them join:
// a report that names no weekday nor month ties to no day and joins no other undated
// report, reports of one weekday join each other past such a report, and a dated report
// still joins an undated one.
func TestImportUndatedReportsOfOnePair(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "wordless reports stay apart",
		stories: []outletStory{
			{"a.md", "Wire", "", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone about trade."},
			{"b.md", "Paper", "", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone about energy."},
			{"c.md", "Agency", "", "Chancellor Tomas Brennick spoke with President Ilse Arveld by phone about borders."},
		},
		want: []string{
			"Ilse Arveld & Tomas Brennick (phone), in Agency report|c.md",
			"Ilse Arveld & Tomas Brennick (phone), in Paper report|b.md",
			"Ilse Arveld & Tomas Brennick (phone), in Wire report|a.md",
		},
	}, {
		name: "reports of one weekday join past a wordless one",
		stories: []outletStory{
			{"a.md", "Wire", "", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone about trade."},
			{"b.md", "Paper", "", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone on Tuesday about energy."},
			{"c.md", "Agency", "", "Chancellor Tomas Brennick spoke with President Ilse Arveld by phone on Tuesday about borders."},
		},
		want: []string{
			"Ilse Arveld & Tomas Brennick (phone)|a.md",
			"Ilse Arveld & Tomas Brennick (phone, \"Tuesday\")|b.md,c.md",
		},
	}, {
		name: "a dated report joins a wordless one",
		stories: []outletStory{
			{"a.md", "Wire", "", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone about trade."},
			{"b.md", "Paper", "2025-03-04", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone on Tuesday about trade."},
		},
		want: []string{"Ilse Arveld & Tomas Brennick (phone, 2025-03-04)|a.md,b.md"},
	}})
}

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
	}, {
		// A three-way meeting is also looked up through each participant's multilateral
		// contacts: the wordless ones are closed there too, the open ones still found.
		name: "wordless three-way reports stay apart",
		stories: []outletStory{
			{"a.md", "Wire", "", "President Ilse Arveld held a trilateral meeting with Chancellor Tomas Brennick and Prime Minister Ana Kovac about trade."},
			{"b.md", "Paper", "", "President Ilse Arveld held a trilateral meeting with Chancellor Tomas Brennick and Prime Minister Ana Kovac about energy."},
		},
		want: []string{
			"Ana Kovac & Ilse Arveld & Tomas Brennick (meeting), in Paper report|b.md",
			"Ana Kovac & Ilse Arveld & Tomas Brennick (meeting), in Wire report|a.md",
		},
	}, {
		name: "a three-way report of one weekday joins a larger meeting past a wordless one",
		stories: []outletStory{
			{"a.md", "Wire", "", "President Ilse Arveld held a trilateral meeting with Chancellor Tomas Brennick and Prime Minister Ana Kovac about trade."},
			{"b.md", "Paper", "", "President Ilse Arveld met Chancellor Tomas Brennick, Prime Minister Ana Kovac and King Olav Strand together on Tuesday to discuss energy."},
			{"c.md", "Agency", "", "President Ilse Arveld held a trilateral meeting with Chancellor Tomas Brennick and Prime Minister Ana Kovac on Tuesday about energy."},
		},
		want: []string{
			"Ana Kovac & Ilse Arveld & Olav Strand & Tomas Brennick (meeting, \"Tuesday\")|b.md,c.md",
			"Ana Kovac & Ilse Arveld & Tomas Brennick (meeting)|a.md",
		},
	}})
}

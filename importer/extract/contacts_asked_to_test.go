package extract_test

import "testing"

// TestAskedTo checks that a contact asked for with "asked to" right before it ("asked to
// meet Y", "was asked to meet Y", "asked to be put through to Y") is proposed, requested
// and not agreed, while "Asked to comment, X said she met Y" keeps the meeting held.
func TestAskedTo(t *testing.T) {
	x := newExtractor(t)
	want := func(mode, status string) []contactWant {
		return []contactWant{{names: []string{"Anna Kovac", "Alar Karis"}, mode: mode, status: status}}
	}
	runContactCases(t, x, []contactCase{
		{"asked to meet", "Foreign Minister Anna Kovac asked to meet President Alar Karis.", "", want("meeting", "proposed")},
		{"was asked to meet", "Foreign Minister Anna Kovac was asked to meet President Alar Karis.", "", want("meeting", "proposed")},
		{"asked to be put through", "Foreign Minister Anna Kovac asked to be put through to President Alar Karis.", "", want("phone", "proposed")},
		{"asked to comment", "Asked to comment, Foreign Minister Anna Kovac said she met President Alar Karis.", "", want("meeting", "held")},
	})
}

package extract_test

import "testing"

// TestRecurrence checks that "every day", "every two weeks" or "each month" near a contact
// word sums up contacts, none of them told, as an adverb of frequency does, while a
// contact told beside a plan of recurring ones and "met each of the leaders" stay one.
func TestRecurrence(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"every day", "Foreign Minister Anna Kovac has been calling President Alar Karis every day since the crisis began.", "", nil},
		{"every two weeks", "Prime Minister Mark Rutte has been meeting German Chancellor Olaf Scholz every two weeks, an aide said.", "", nil},
		{"each month", "Prime Minister Mark Rutte and German Chancellor Olaf Scholz speak by phone each month.", "", nil},
		{"a meeting beside a plan of recurring ones", "Foreign Minister Anna Kovac met President Alar Karis on Monday, the first of the meetings they will hold every month.", "2026-03-10",
			[]contactWant{{names: []string{"Anna Kovac", "Alar Karis"}, mode: "meeting", status: "held", date: "2026-03-09", dateText: "Monday"}}},
		{"met each of the leaders", "Foreign Minister Anna Kovac met each of the leaders on Monday, including President Alar Karis.", "2026-03-10",
			[]contactWant{{names: []string{"Anna Kovac", "Alar Karis"}, mode: "meeting", status: "held", date: "2026-03-09", dateText: "Monday"}}},
	})
}

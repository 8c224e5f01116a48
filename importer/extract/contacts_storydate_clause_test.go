package extract_test

import "testing"

// TestOpeningClauseYear: a year in an opening clause with a verb of its own ("After a
// planned visit was cancelled last year,") is that clause's event's and leaves the
// contact the story's day; "Last year, X met Y" keeps its year.
func TestOpeningClauseYear(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	lead := "President Lena Ortberg pledged more aid for the region on Wednesday. "
	runContactCases(t, x, []contactCase{
		{"a cancelling last year", lead + "After a planned visit was cancelled last year, Ortberg met President Alain Duroc in the capital.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "held", "2024-03-06", "Wednesday"}}},
		{"the contact's own last year", lead + "Last year, Ortberg met President Alain Duroc in the capital.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "held", "", "Last year"}}},
	})
}

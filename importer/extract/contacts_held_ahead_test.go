package extract_test

import "testing"

// TestHeldPassesAheadDates: words of time told ahead of publication ("next month", "next
// week") in another clause do not date a contact a verb tells as held, which then takes
// the day of the journey told before; a contact told ahead keeps them.
func TestHeldPassesAheadDates(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	trip := "President Lena Ortberg arrived in Brussels on Tuesday for a two-day visit. "
	runContactCases(t, x, []contactCase{
		{"elections due next month", trip + "With elections due next month, Ortberg met Prime Minister Alain Duroc in the capital.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"a party expected to visit next month", trip + "Ortberg met Prime Minister Alain Duroc, who is expected to visit Beijing next month.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"a meeting ahead keeps next month", "President Lena Ortberg will meet Prime Minister Alain Duroc next month.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "scheduled", "2024-04", "next month"}}},
	})
}

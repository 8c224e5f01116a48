package extract_test

import "testing"

// TestStoryDateRange: a lead that gives a visit's span of days in one month ("on 20-21
// June 2024") dates the visit's contacts told near the top by that month, as a span is
// read; a contact with a day of its own keeps it.
func TestStoryDateRange(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-06-21"
	runContactCases(t, x, []contactCase{
		{"a span of days in the lead", "External Affairs Minister Dr. S. Jaishankar paid an official visit to Sri Lanka on 20-21 June 2024. During the visit, he called on President Ranil Wickremesinghe.", pub,
			[]contactWant{{[]string{"Subrahmanyam Jaishankar", "Ranil Wickremesinghe"}, "meeting", "held", "2024-06", "20-21 June 2024"}}},
		{"a day of its own wins", "External Affairs Minister Dr. S. Jaishankar paid an official visit to Sri Lanka on 20-21 June 2024. He called on President Ranil Wickremesinghe on 21 June.", pub,
			[]contactWant{{[]string{"Subrahmanyam Jaishankar", "Ranil Wickremesinghe"}, "meeting", "held", "2024-06-21", "21 June"}}},
	})
}

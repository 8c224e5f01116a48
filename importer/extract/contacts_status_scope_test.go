package extract_test

import "testing"

// TestStatusScope: the negation or modal of a relative clause set off by commas ("who has
// not visited", "who would not comment") or of a clause before ", so" is not the
// contact's; a negation of the contact's own verb still is.
func TestStatusScope(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"who has not visited, met", "Foreign Minister Sergei Lavrov, who has not visited Washington since 2017, met Secretary of State Antony Blinken in New Delhi on Thursday.", pub,
			[]contactWant{{[]string{"Sergey Lavrov", "Antony Blinken"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"who would not comment, met", "Prime Minister Benjamin Netanyahu, who would not comment on the hostages, met Secretary of State Antony Blinken in Tel Aviv on Friday.", pub,
			[]contactWant{{[]string{"Benjamin Netanyahu", "Antony Blinken"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"could not attend, so met", "President Vladimir Putin could not attend, so Foreign Minister Sergei Lavrov met Prime Minister Narendra Modi on Saturday.", pub,
			[]contactWant{{[]string{"Sergey Lavrov", "Narendra Modi"}, "meeting", "held", "2024-03-02", "Saturday"}}},
		{"the aside's contact is held", "Prime Minister Benjamin Netanyahu, who met Secretary of State Antony Blinken on Friday, would not comment on the hostages.", pub,
			[]contactWant{{[]string{"Benjamin Netanyahu", "Antony Blinken"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"the contact's own negation stays", "Foreign Minister Sergei Lavrov, who arrived on Thursday, did not meet Secretary of State Antony Blinken.", pub, nil},
	})
}

package extract_test

import "testing"

// TestGroupPair covers "the two" counting teams, armies or firms after a contact of two
// leaders: "The two teams met in the final" is no second contact of the leaders, while
// "the two delegations" and "the two sides" still are the leaders' pair.
func TestGroupPair(t *testing.T) {
	x := newExtractor(t)
	first := "U.S. President Joe Biden met Chinese President Xi Jinping in Lima on Monday.\n\n"
	met := contactWant{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "held", dateText: "Monday"}
	again := contactWant{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "held", dateText: "Sunday"}
	runContactCases(t, x, []contactCase{
		{"the two teams", first + "The two teams met in the final on Sunday.", "", []contactWant{met}},
		{"the two armies", first + "The two armies met at the river on Sunday.", "", []contactWant{met}},
		{"the two companies", first + "The two companies spoke on Sunday about a merger.", "", []contactWant{met}},
		{"the two delegations stay the pair", first + "The two delegations met again on Sunday.", "", []contactWant{met, again}},
	})
}

package extract_test

import "testing"

// TestBothThings covers "both" before a plural noun of things ("Both elements ... were
// reflected in a letter"): no pair of the contact told before, while "both leaders",
// "both parties" and "both" alone still are.
func TestBothThings(t *testing.T) {
	x := newExtractor(t)
	const met = "President John F. Kennedy wrote to Premier Nikita Khrushchev in February. "
	pair := []string{"William Ruto", "Samia Suluhu Hassan"}
	const arusha = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
	cases := []contactCase{
		{"both elements", met + "Both elements -- caution about a meeting and readiness to hold one -- showed in a letter from the President that Ambassador Llewellyn Thompson carried back to Moscow.", "", nil},
		{"both leaders", arusha + "Both leaders held talks again on Tuesday.", "",
			[]contactWant{{names: pair, mode: "meeting", status: "held", dateText: "Monday"}, {names: pair, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"both parties", arusha + "Both parties held talks again on Tuesday.", "",
			[]contactWant{{names: pair, mode: "meeting", status: "held", dateText: "Monday"}, {names: pair, mode: "meeting", status: "held", dateText: "Tuesday"}}},
	}
	runContactCases(t, x, cases)
}

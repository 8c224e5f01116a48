package extract_test

import "testing"

// TestHostedMealEllipsis covers a second host who "hosted breakfast" with no guest named,
// after a clause where the guest was hosted: the guest of that clause is this host's too.
// A meal for unnamed guests stays no contact.
func TestHostedMealEllipsis(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"passive guest, then a host of breakfast", "Wang Yi was also hosted to lunch by Senior Minister Teo Chee Hean, while Foreign Minister Vivian Balakrishnan hosted breakfast.", "",
			[]contactWant{meeting("Wang Yi", "Teo Chee Hean"), meeting("Wang Yi", "Vivian Balakrishnan")}},
		{"active guest, then a host of a dinner", "Senior Minister Teo Chee Hean hosted Wang Yi to lunch, while Foreign Minister Vivian Balakrishnan hosted a dinner.", "",
			[]contactWant{meeting("Teo Chee Hean", "Wang Yi"), meeting("Vivian Balakrishnan", "Wang Yi")}},
		{"a dinner for unnamed guests", "Foreign Minister Vivian Balakrishnan hosted a dinner for business leaders.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestOrderVerb covers a contact noun that is the subject of a verb setting it beside
// another event: "The meeting followed a phone call between A and B on Sunday", "The talks
// came a day after a call between A and B". The noun is the contact told before (or none);
// only the call is new. Parties named before the verb ("The meeting between C and D
// followed ...") stay the noun's.
func TestOrderVerb(t *testing.T) {
	x := newExtractor(t)
	const lead = "Estonian Foreign Minister Kadri Tamm met Finnish Foreign Minister Aino Lehto in Tallinn on Monday. "
	const callers = "Latvian President Edgars Ozols and Lithuanian President Jonas Kairys"
	met := contactWant{[]string{"Kadri Tamm", "Aino Lehto"}, "meeting", "held", "2026-03-09", "Monday"}
	call := contactWant{[]string{"Edgars Ozols", "Jonas Kairys"}, "phone", "held", "2026-03-08", "Sunday"}
	cases := []contactCase{
		{"the meeting followed a call", lead + "The meeting followed a phone call between " + callers + " on Sunday.", "2026-03-10", []contactWant{met, call}},
		{"the talks follow a call", lead + "The talks follow a phone call between " + callers + " on Sunday.", "2026-03-10", []contactWant{met, call}},
		{"the meeting came after a call", lead + "The meeting came after a phone call between " + callers + " on Sunday.", "2026-03-10", []contactWant{met, call}},
		{"with no contact before", "The meeting followed a phone call between " + callers + " on Sunday.", "2026-03-10", []contactWant{call}},
		{"parties before the verb stay", "The meeting between Kadri Tamm and Aino Lehto followed a phone call between " + callers + " on Sunday.", "2026-03-10",
			[]contactWant{{[]string{"Kadri Tamm", "Aino Lehto"}, "meeting", "held", "", ""}, call}},
		{"came as is no order", "The meeting came as " + callers + " spoke by phone on Sunday.", "2026-03-10",
			[]contactWant{call}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestRaisedWith covers "raised a matter with Y", which readouts write for a point made
// to a named counterpart: like "discussed ... with Y", a contact only with two named parties.
func TestRaisedWith(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"raised with", "Canadian Foreign Minister Melanie Joly raised consular cases with Indian External Affairs Minister S. Jaishankar on Tuesday.", "",
			[]contactWant{{names: []string{"Melanie Joly", "Subrahmanyam Jaishankar"}, mode: "unspecified", status: "held", dateText: "Tuesday"}}},
		{"raised with, in a call", "Canadian Foreign Minister Melanie Joly raised consular cases with Indian External Affairs Minister S. Jaishankar in a phone call on Tuesday.", "",
			[]contactWant{{names: []string{"Melanie Joly", "Subrahmanyam Jaishankar"}, mode: "phone", status: "held", dateText: "Tuesday"}}},
		{"raised concerns about a person", "Canadian Foreign Minister Melanie Joly raised concerns about Indian External Affairs Minister S. Jaishankar's remarks on Tuesday.", "", nil},
		{"raised alone", "Canadian Foreign Minister Melanie Joly raised consular cases on Tuesday.", "", nil},
	}
	runContactCases(t, x, cases)
}

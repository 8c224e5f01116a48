package extract_test

import "testing"

// TestContactNounOf covers a contact noun whose parties follow "of": "the meeting of A and
// B" names both, while a visit of one person to a place, or a body's meeting, names no pair.
func TestContactNounOf(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"the meeting of A and B", "The meeting of Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda lasted three hours on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"the visit of one person to a place", "The visit of French President Emmanuel Macron to Beijing was a success.", "", nil},
		{"a body's meeting", "The meeting of the Security Council on Thursday ended without a vote.", "", nil},
	}
	runContactCases(t, x, cases)
}

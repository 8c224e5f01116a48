package extract_test

import "testing"

// TestJoinedByMode covers the mode of "joined by": a news conference is in person, a
// conference call by phone.
func TestJoinedByMode(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"joined at a news conference", "Polish President Andrzej Duda was joined by Lithuanian President Gitanas Nauseda at a news conference on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"joined on a conference call", "Polish President Andrzej Duda was joined by Lithuanian President Gitanas Nauseda on a conference call on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
	}
	runContactCases(t, x, cases)
}

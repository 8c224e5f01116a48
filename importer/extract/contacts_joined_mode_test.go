package extract_test

import "testing"

// TestJoinedByMode covers the mode of "joined by": a news conference is in person, a
// conference call by phone; and "joined Y by video link", "over the phone": a contact with Y
// in that medium.
func TestJoinedByMode(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"joined at a news conference", "Polish President Andrzej Duda was joined by Lithuanian President Gitanas Nauseda at a news conference on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"joined on a conference call", "Polish President Andrzej Duda was joined by Lithuanian President Gitanas Nauseda on a conference call on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"joined a counterpart by video link", "Australian Foreign Minister Penny Wong joined her Indonesian counterpart Sugiono by video link on Wednesday.", "",
			[]contactWant{{names: []string{"Penny Wong", "Sugiono"}, mode: "video", status: "held", dateText: "Wednesday"}}},
		{"joined a president over the phone", "Polish President Andrzej Duda joined Lithuanian President Gitanas Nauseda over the phone on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"joined a protest by video is none", "Polish President Andrzej Duda joined the protest by video link on Thursday.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestJoinedForTalks covers "X joined Y for talks", "for dinner", "for a trilateral
// meeting": the subject and the persons joined are the parties; joining a colleague for
// something that is no contact is none.
func TestJoinedForTalks(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"joined for talks", "Senegalese President Bassirou Diomaye Faye joined Gambian President Adama Barrow for talks in Banjul on Friday.", "",
			[]contactWant{{names: []string{"Bassirou Diomaye Faye", "Adama Barrow"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"joined for dinner", "Senegalese President Bassirou Diomaye Faye joined Gambian President Adama Barrow for dinner in Banjul on Friday.", "",
			[]contactWant{{names: []string{"Bassirou Diomaye Faye", "Adama Barrow"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"joined two for a meeting", "Senegalese President Bassirou Diomaye Faye joined Gambian President Adama Barrow and Mauritanian President Mohamed Ould Ghazouani for a trilateral meeting on Friday.", "",
			[]contactWant{{names: []string{"Bassirou Diomaye Faye", "Adama Barrow", "Mohamed Ould Ghazouani"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"joined for a tour", "Senegalese President Bassirou Diomaye Faye joined Prime Minister Ousmane Sonko for a tour of the port on Friday.", "", nil},
		{"joined a party", "Senegalese President Bassirou Diomaye Faye joined the party in 2014.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestContactWordsAsOtherNouns covers contact words used as nouns that report no contact.
func TestContactWordsAsOtherNouns(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"host to troops is a place", "On Wednesday Japanese Prime Minister Shinzo Abe met Barack Obama in Okinawa, reluctant host to the bulk of the U.S. military in Japan.", "",
			[]contactWant{{names: []string{"Shinzo Abe", "Barack Obama"}, mode: "meeting", status: "held", dateText: "Wednesday"}}},
		{"host of a summit is no guest", "Indonesia, host of the summit, welcomed Chinese Premier Li Qiang on Monday.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestPassiveMetAndCalled covers the passive of "met" and of the phone verbs, with the
// agent after "by", and "got a call from": the same contacts as the active forms; the agent
// may be named after a possessive and their standing ("was greeted by her Thai
// counterpart X").
func TestPassiveMetAndCalled(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"was met by", "Malaysian Foreign Minister Mohamad Hasan was met by Thai Foreign Minister Maris Sangiampongsa in Bangkok on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"was met at a place by", "Malaysian Foreign Minister Mohamad Hasan was met at the airport by Thai Foreign Minister Maris Sangiampongsa on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"was called by", "Malaysian Foreign Minister Mohamad Hasan was called by Thai Foreign Minister Maris Sangiampongsa on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"was telephoned by", "Malaysian Foreign Minister Mohamad Hasan was telephoned by Thai Foreign Minister Maris Sangiampongsa on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"got a call from", "Malaysian Foreign Minister Mohamad Hasan got a call from Thai Foreign Minister Maris Sangiampongsa on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"was greeted by her counterpart", "Malaysian Foreign Minister Mohamad Hasan was greeted by his Thai counterpart Maris Sangiampongsa in Bangkok on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"was received by his host", "Malaysian Foreign Minister Mohamad Hasan was received by his host, Thai Foreign Minister Maris Sangiampongsa, in Bangkok on Monday.", "",
			[]contactWant{{names: []string{"Mohamad Hasan", "Maris Sangiampongsa"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"was greeted by his supporters", "Malaysian Foreign Minister Mohamad Hasan was greeted by his supporters in Bangkok on Monday.", "", nil},
		{"was met with protests", "Malaysian Foreign Minister Mohamad Hasan was met with protests in Bangkok on Monday.", "", nil},
		{"a proposal met by silence", "Mohamad Hasan's proposal was met by silence from Thai Foreign Minister Maris Sangiampongsa.", "", nil},
		{"an election called by", "The election was called by Thai Prime Minister Paetongtarn Shinawatra on Monday.", "", nil},
		{"got a letter from", "Malaysian Foreign Minister Mohamad Hasan got a letter from Thai Foreign Minister Maris Sangiampongsa on Monday.", "", nil},
	}
	runContactCases(t, x, cases)
}

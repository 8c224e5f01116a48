package extract_test

import "testing"

// TestHospitalityAndTalkNouns covers the nouns readouts use for a contact besides
// "talks" and "meeting": a banquet for or "in honour of" a guest, "negotiations with",
// "an interaction with", "a chat with", "a session with" (not "a session of" a body); each
// needs its named parties.
func TestHospitalityAndTalkNouns(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"state banquet for", "Japanese Emperor Naruhito hosted a state banquet for Vietnamese President Luong Cuong on Tuesday.", "",
			[]contactWant{{names: []string{"Naruhito", "Luong Cuong"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"banquet in honour of", "Japanese Prime Minister Shigeru Ishiba held a banquet in honour of Vietnamese President Luong Cuong on Tuesday.", "",
			[]contactWant{{names: []string{"Shigeru Ishiba", "Luong Cuong"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"held negotiations with", "Japanese Prime Minister Shigeru Ishiba held negotiations with Vietnamese President Luong Cuong on Tuesday.", "",
			[]contactWant{{names: []string{"Shigeru Ishiba", "Luong Cuong"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"an interaction with", "Japanese Prime Minister Shigeru Ishiba had a warm interaction with Vietnamese President Luong Cuong on Tuesday.", "",
			[]contactWant{{names: []string{"Shigeru Ishiba", "Luong Cuong"}, mode: "unspecified", status: "held", dateText: "Tuesday"}}},
		{"a chat with", "Japanese Prime Minister Shigeru Ishiba had a chat with Vietnamese President Luong Cuong on the sidelines of the summit.", "",
			[]contactWant{{names: []string{"Shigeru Ishiba", "Luong Cuong"}, mode: "unspecified", status: "held"}}},
		{"a session with", "Secretary of State Madeleine Albright drove to Ramallah on Sunday for a three-hour session with Palestinian leader Yasser Arafat.", "",
			[]contactWant{{names: []string{"Madeleine Albright", "Yasser Arafat"}, mode: "meeting", status: "held", dateText: "Sunday"}}},
		{"a session of a body is none", "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina attended the 74th session of the United Nations General Assembly.", "", nil},
		{"a banquet with no guest", "Japanese Prime Minister Shigeru Ishiba attended a banquet in Hanoi on Tuesday.", "", nil},
		{"ruled out negotiations", "Japanese Prime Minister Shigeru Ishiba ruled out negotiations with Vietnamese President Luong Cuong.", "", nil},
		{"a chat with students", "Japanese Prime Minister Shigeru Ishiba had a chat with students in Hanoi on Tuesday.", "", nil},
	}
	runContactCases(t, x, cases)
}

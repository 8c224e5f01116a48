package extract_test

import "testing"

// TestFormalHostIdioms: the formal idioms of a host in official and African copy,
// "played host to X", "received in audience X" and "received a courtesy call from X", are meetings of the host and the guest;
// a host that plays no part ("played host to the summit", "received in audience reports")
// names none.
func TestFormalHostIdioms(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"played host to", "President Bola Tinubu on Thursday played host to Ghanaian President Nana Akufo-Addo at the Presidential Villa, Abuja.", pub,
			[]contactWant{{[]string{"Bola Tinubu", "Nana Akufo-Addo"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"will play host to", "Prime Minister Narendra Modi will play host to Bangladeshi Prime Minister Sheikh Hasina in New Delhi on Saturday.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Sheikh Hasina"}, "meeting", "scheduled", "2024-03-09", "Saturday"}}},
		{"received in audience with an apposition", "President Bola Tinubu received in audience the Ghanaian President, Nana Akufo-Addo, at the State House on Thursday.", pub,
			[]contactWant{{[]string{"Bola Tinubu", "Nana Akufo-Addo"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"received in audience a titled guest", "Pope Francis received in audience President Emmanuel Macron at the Vatican on Tuesday.", pub,
			[]contactWant{{[]string{"Pope Francis", "Emmanuel Macron"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"received a courtesy call from", "President Cyril Ramaphosa received a courtesy call from the Prime Minister of Vietnam, Pham Minh Chinh, on Monday.", pub,
			[]contactWant{{[]string{"Cyril Ramaphosa", "Pham Minh Chinh"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"played host to a summit is none", "Kenya played host to the regional summit in Nairobi on Thursday.", pub, nil},
	})
}

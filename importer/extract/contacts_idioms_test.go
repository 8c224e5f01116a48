package extract_test

import "testing"

// TestContactsWireIdioms covers how wire copy and government readouts name the parties
// of a contact: an office governing "of <country>" before the name, a surname that opens
// the sentence with its particle capitalized.
func TestContactsWireIdioms(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"office of a country before the subject", "President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President Vladimir Putin of Russia, the press service said.", "",
			[]contactWant{{[]string{"Kassym-Jomart Tokayev", "Vladimir Putin"}, "phone", "held", "", ""}}},
		{"a particle surname opens the sentence", "Saudi Foreign Minister Faisal bin Farhan arrived in Tehran on Saturday. Bin Farhan held a meeting with his Iranian counterpart Abbas Araghchi.", "",
			[]contactWant{{[]string{"Faisal bin Farhan", "Abbas Araghchi"}, "meeting", "held", "", ""}}},
		{"a participle after the main clause, first with X and then with Y", "Vice President Joe Biden arrived in Israel on Monday, meeting first with Israeli President Isaac Herzog at his residence in Jerusalem and then with Prime Minister Benjamin Netanyahu.", "2024-03-06",
			[]contactWant{{[]string{"Joe Biden", "Isaac Herzog"}, "meeting", "held", "2024-03-04", "Monday"}, {[]string{"Joe Biden", "Benjamin Netanyahu"}, "meeting", "held", "2024-03-04", "Monday"}}},
	})
}

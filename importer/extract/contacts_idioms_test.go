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
	})
}

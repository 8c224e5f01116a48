package extract_test

import "testing"

// TestCaseMarkedSubject covers parse errors that make a phrase with its own preposition the
// subject of a contact verb ("According to the ministry, ..., X told Y"), or hang a quote's
// contact noun on the speech verb outside it: the source of a report and the one who
// quotes a plan are no party to the contact.
func TestCaseMarkedSubject(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"according to the Kremlin, in that conversation, X told his counterpart, Y",
			"According to the Kremlin, in that conversation, Russian Defence Minister Oleg Markin told his French counterpart, Paul Rivet, that the respective governments should keep communication channels open as tensions rise between Paris and Moscow.", "",
			[]contactWant{{names: []string{"Oleg Markin", "Paul Rivet"}, mode: "unspecified", status: "held"}}},
		{"according to the embassy, X told his counterpart",
			"According to the embassy, during the call Defence Minister Piet Vermeer told his Danish counterpart, Jonas Holm, that the exercise would go ahead.", "",
			[]contactWant{{names: []string{"Piet Vermeer", "Jonas Holm"}, mode: "phone", status: "held"}}},
		{"the talks of a quote are not the speaker's",
			"\"Our aim is the resumption of the four-party talks and a return to the 2019 framework,\" Foreign Ministry spokeswoman Lena Marsh said a few days before Juraj Blanar's trip.", "",
			nil},
	})
}

package extract_test

import "testing"

// TestNameBeforeNounIsNoParty covers a person's name between "the" and the noun it
// modifies ("the Ostrander administration"): it speaks of a government, so a contact noun
// in the sentence after ("the talks") does not make its person a party.
func TestNameBeforeNounIsNoParty(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"the administration of a named president", "President Karl Ostrander took office in May. Envoy Lars Hedberg is the most senior official of the Ostrander administration to visit Caracas. State media gave no details of the talks.", "", nil},
		{"a named pair still makes the talks theirs", "President Karl Ostrander took office in May. Envoy Lars Hedberg met Foreign Minister Ines Varga in Caracas. State media gave no details of the talks.", "",
			[]contactWant{{names: []string{"Lars Hedberg", "Ines Varga"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

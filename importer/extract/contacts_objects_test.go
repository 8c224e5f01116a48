package extract_test

import "testing"

// TestObjectsStopAtNextPredicate covers a contact verb whose subject goes on to another
// predicate ("and condemned ..."): the names in that predicate are not the contact's.
func TestObjectsStopAtNextPredicate(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"unnamed officials then another predicate", "Antonio Guterres met with Israeli officials Monday and condemned an attack that damaged the U.N. Development Programme office in Rafah.", "", nil},
		{"named partner before another predicate", "Antonio Guterres met with Israeli Prime Minister Benjamin Netanyahu on Monday and condemned a strike that hit a NATO convoy.", "",
			[]contactWant{{names: []string{"Antonio Guterres", "Benjamin Netanyahu"}, mode: "meeting", status: "held"}}},
		{"a named partner before the next predicate stays", "Antony Blinken met with Saudi Foreign Minister Faisal bin Farhan in Riyadh and thanked him for the kingdom's help.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Faisal bin Farhan"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

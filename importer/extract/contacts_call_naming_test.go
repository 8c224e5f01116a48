package extract_test

import "testing"

// TestCallNaming covers "call" as a verb of naming after its subject ("they call this a
// victory", "rebels who call themselves liberators"): no call, and no second contact of
// the pair told before, while "they will call Y" and "the call" still are calls.
func TestCallNaming(t *testing.T) {
	x := newExtractor(t)
	const met = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
	meeting := contactWant{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held"}
	cases := []contactCase{
		{"they call this", met + "They call this a victory for the region.", "", []contactWant{meeting}},
		{"who call themselves", met + "Rebels who call themselves liberators attacked the town on Friday.", "", []contactWant{meeting}},
		{"what it calls", met + "The army launched what it calls a special operation on Friday.", "", []contactWant{meeting}},
		{"a verb with a named party is a call", "Kenyan President William Ruto will call Ugandan President Yoweri Museveni on Friday.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "phone", status: "scheduled"}}},
	}
	runContactCases(t, x, cases)
}

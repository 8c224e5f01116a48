package extract_test

import "testing"

// TestDelegationLeader covers a delegation "led by" or "headed by" a person no list knows:
// the leader is a person, and the party of the contact with the delegation.
func TestDelegationLeader(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"led by an unknown name", "Kenyan President William Ruto held talks with an IMF delegation led by Haimanot Teferra on Tuesday.", "",
			[]contactWant{{names: []string{"William Ruto", "Haimanot Teferra"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"headed by an unknown name", "Kenyan President William Ruto received a delegation headed by Abebe Tadesse at State House on Tuesday.", "",
			[]contactWant{{names: []string{"William Ruto", "Abebe Tadesse"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"a firm led by no person", "Kenyan President William Ruto held talks with a delegation led by Goldman Sachs executives on Tuesday.", "", nil},
	}
	runContactCases(t, x, cases)
}

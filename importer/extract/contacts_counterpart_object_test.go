package extract_test

import "testing"

// TestReceivedCounterpart covers the readout's "X received his Russian counterpart Y": the
// object of a host's verb named after a possessive pronoun and "counterpart".
func TestReceivedCounterpart(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"received his counterpart", "Turkish Foreign Minister Hakan Fidan received his Russian counterpart Sergey Lavrov in Antalya on Friday.", "",
			[]contactWant{{names: []string{"Hakan Fidan", "Sergey Lavrov"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"welcomed her counterpart, with a comma", "Foreign Minister Ana Kovac welcomed her Slovak counterpart, Juraj Blanar, to Zagreb on Monday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"received his counterpart's letter", "Foreign Minister Ana Kovac received his counterpart's letter on Monday.", "", nil},
	}
	runContactCases(t, x, cases)
}

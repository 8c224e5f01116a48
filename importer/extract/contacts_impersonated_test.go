package extract_test

import "testing"

// TestImpersonated covers a call or meeting with someone passing themselves off as a
// leader, "a prankster posing as X", "a man claiming to be X", "pranksters impersonating
// X": X took no part, and no contact of X's is told. The leader who took the call is
// alone with an unnamed caller.
func TestImpersonated(t *testing.T) {
	x := newExtractor(t)
	macron, scholz := "French President Emmanuel Macron", "German Chancellor Olaf Scholz"
	runContactCases(t, x, []contactCase{
		{"posing as, the subject", "A prankster posing as " + macron + " phoned " + scholz + " on Monday.", "", nil},
		{"claiming to be, the subject", "A man claiming to be " + macron + " called " + scholz + " on Monday.", "", nil},
		{"claiming to be, after with", scholz + " spoke with a man claiming to be " + macron + " on Monday.", "", nil},
		{"posing as, after from", scholz + " received a call from a prankster posing as " + macron + " on Monday.", "", nil},
		{"duped in a video call", scholz + " was duped by pranksters posing as " + macron + " in a video call.", "", nil},
		{"the real one stays", macron + " phoned " + scholz + " on Monday.", "",
			[]contactWant{{names: []string{"Emmanuel Macron", "Olaf Scholz"}, mode: "phone", status: "held", dateText: "Monday"}}},
	})
}

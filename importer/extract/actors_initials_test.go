package extract_test

import "testing"

// TestKnownInitials: a known actor's initials ("MBS", "MBZ") name him as his surname
// would; all-capital words that are no such alias stay no name.
func TestKnownInitials(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"MBS met", "Saudi Crown Prince Mohammed bin Salman is known as MBS. MBS met Chinese President Xi Jinping in Riyadh on Thursday.", pub,
			[]contactWant{{[]string{"Mohammed bin Salman", "Xi Jinping"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"MBZ hosted", "MBZ hosted Syrian President Bashar al-Assad in Abu Dhabi on Sunday.", pub,
			[]contactWant{{[]string{"Mohamed bin Zayed", "Bashar al-Assad"}, "meeting", "held", "2024-03-03", "Sunday"}}},
		{"an unknown acronym is no person", "The NDC met the APC in Abuja on Sunday.", pub, nil},
	})
}

package extract_test

import "testing"

// TestNegatedAbove covers a negation that governs a contact word from higher up its
// phrase, out of reach of the words right before it, and the negated verbs whose contact
// noun is their occasion and so was held.
func TestNegatedAbove(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"no discussion about the possibility of a summit", "There has been no discussion about the possibility of a summit between Russian President Vladimir Putin and U.S. President Joe Biden, a Kremlin aide said.", "", nil},
		{"no plans for now to hold a meeting", "Turkish President Recep Tayyip Erdogan has no plans for now to hold a meeting with Syrian President Bashar al-Assad, his spokesman said.", "", nil},
		{"a summit the sentence before ruled out lends no pair", "There has been no discussion about the possibility of a summit between Russian President Vladimir Putin and U.S. President Joe Biden. A Washington summit is not on the agenda.", "", nil},
		{"a negated verb during a call keeps the call", "French President Emmanuel Macron did not mention the sanctions during a phone call with Russian President Vladimir Putin on Friday.", "",
			[]contactWant{{names: []string{"Emmanuel Macron", "Vladimir Putin"}, mode: "phone", status: "held", dateText: "Friday"}}},
		{"not only met", "Chinese Foreign Minister Wang Yi not only met Antony Blinken in Munich but also spoke with Olaf Scholz.", "",
			[]contactWant{
				{names: []string{"Wang Yi", "Antony Blinken"}, mode: "meeting", status: "held"},
				{names: []string{"Wang Yi", "Olaf Scholz"}, mode: "unspecified", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

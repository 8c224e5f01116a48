package extract_test

import "testing"

// TestPhrasalWithIdioms: a verb, its particle and "with" ("caught up with Y on the
// sidelines", "touched base with Y", "checked in with Y by phone") and "had a word with Y"
// tell a contact with Y; the same verbs without the particle, or with one named party,
// tell none.
func TestPhrasalWithIdioms(t *testing.T) {
	x := newExtractor(t)
	pub := "2026-03-06" // a Friday
	ap := []string{"Anthony Albanese", "Narendra Modi"}
	const a, b = "Australian Prime Minister Anthony Albanese", "Indian Prime Minister Narendra Modi"
	runContactCases(t, x, []contactCase{
		{"caught up with on the sidelines", a + " caught up with " + b + " on the sidelines of the G20 on Thursday.", pub,
			[]contactWant{{ap, "meeting", "held", "2026-03-05", "Thursday"}}},
		{"touched base with", a + " touched base with " + b + " on Thursday.", pub,
			[]contactWant{{ap, "unspecified", "held", "2026-03-05", "Thursday"}}},
		{"checked in with by phone", a + " checked in with " + b + " by phone on Thursday.", pub,
			[]contactWant{{ap, "phone", "held", "2026-03-05", "Thursday"}}},
		{"had a quick word with", a + " had a quick word with " + b + " on Thursday.", pub,
			[]contactWant{{ap, "unspecified", "held", "2026-03-05", "Thursday"}}},
		{"checked the figures with is none", a + " checked the figures with " + b + " on Thursday.", pub, nil},
		{"caught up with by one named party is none", "Police caught up with " + b + "'s motorcade on Thursday.", pub, nil},
	})
}

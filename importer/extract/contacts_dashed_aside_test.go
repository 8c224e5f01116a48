package extract_test

import "testing"

// TestDashedAsides: an aside set off by dashes after the contact's object keeps its words
// to itself: its "since" phrase, its contact noun and its verb neither take nor block the
// day told after it, which dates the contact.
func TestDashedAsides(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"the day after an aside with a year", "President Ana Ruiz spoke with Prime Minister Erik Lund - the first such contact since talks collapsed in 2021 - on Wednesday.", pub,
			[]contactWant{{[]string{"Ana Ruiz", "Erik Lund"}, "unspecified", "held", "2024-03-06", "Wednesday"}}},
		{"an em dash aside", "President Ana Ruiz met Prime Minister Erik Lund — their first meeting since the border dispute flared — on Tuesday in Oslo.", pub,
			[]contactWant{{[]string{"Ana Ruiz", "Erik Lund"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
	})
}

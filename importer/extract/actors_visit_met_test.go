package extract_test

import "testing"

// TestVisitMetCountry covers a titled person the visitor meets after a visit to a country
// in the same sentence, whose country the text does not tell: the country visited. A
// person no contact word stands before travels with the visitor and takes none.
func TestVisitMetCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"met after the visit", "",
			"Indonesian President Adi Wiranto will visit China and meet leader Zhou Minhao this week, both governments said on Tuesday.",
			"Zhou Minhao", "CN"},
		{"a companion", "",
			"Secretary of State Karl Ostrander visited Israel with National Security Adviser Daniel Brevik on Monday.",
			"Daniel Brevik", ""},
	}
	runDatelineCases(t, x, cases)
}

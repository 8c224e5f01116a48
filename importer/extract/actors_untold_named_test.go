package extract_test

import "testing"

// TestOfficeVariesUntoldName covers a role reference with a country ("the Israeli prime
// minister") that no person of the article holds, right after a sentence part naming a
// person whose office and country the text has not told: news varies the name with the
// office, so the reference gives that person both. With two such persons it tells neither.
func TestOfficeVariesUntoldName(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"the one untold person of the sentence", "",
			"The call comes ahead of a meeting between Secretary of State Karl Ostrander and Daniel Tessmar, where the Israeli prime minister is expected to press for new sanctions.",
			"Daniel Tessmar", "IL"},
		{"the one untold person of the sentence before", "",
			"Daniel Tessmar arrived in Rome on Monday. The Israeli prime minister will meet Pope Leo on Tuesday.",
			"Daniel Tessmar", "IL"},
		{"two untold persons", "",
			"The call comes ahead of a meeting between Marco Vellani and Daniel Tessmar, where the Israeli prime minister is expected to press for new sanctions.",
			"Daniel Tessmar", ""},
	}
	runDatelineCases(t, x, cases)
}

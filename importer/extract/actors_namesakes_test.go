package extract_test

import "testing"

// TestNamesakesAndGender covers "he" skipping a person whose given name tells she is a
// woman (words class female holds given names).
func TestNamesakesAndGender(t *testing.T) {
	runPronounCases(t, newExtractor(t), []pronounCase{
		{"he is not the woman",
			"Giulia Ferlanti met Tommaso Brevini in Rome on Monday. He said the talks went well.",
			"He said", "Tommaso Brevini"},
	})
}

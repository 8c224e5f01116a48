package extract_test

import "testing"

// TestExpectedToDiscuss checks that "to discuss" after "expected", "due", "set" is the
// contact due, while "to discuss" after other words stays the purpose of something else.
func TestExpectedToDiscuss(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"expected to discuss",
			"President Barack Obama and President Xi Jinping are expected to discuss climate change.", "",
			[]contactWant{{[]string{"Barack Obama", "Xi Jinping"}, "unspecified", "scheduled", "", ""}}},
		{"a purpose is no contact",
			"President Barack Obama sent envoys to Beijing to discuss climate change with Xi Jinping.", "", nil},
	})
}

package extract_test

import "testing"

// TestSpeakerIsNational covers the speaker of a parliament whose country the text never
// states: a national office, so of the country the story is about.
func TestSpeakerIsNational(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"the speaker in a story about one country", "",
			"Lebanon's cabinet met on Monday. Speaker Nabil Haddar said Lebanon would hold elections in May, and Lebanon's president agreed.",
			"Nabil Haddar", "LB"},
	}
	runDatelineCases(t, x, cases)
}

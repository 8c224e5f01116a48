package extract_test

import "testing"

// TestWaterAndTownDateline covers the story's country when a sea or strait carries another
// country's name ("the South China Sea" is no story about China) and when the lede opens
// with a town in capitals the lexicon lacks and its country ("ISE-SHIMA, Japan"): an office
// holder whose country the text never states is of that country.
func TestWaterAndTownDateline(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"a town in capitals and its country", "",
			"ISE-SHIMA, Japan Leaders agreed on Thursday to send a message on the South China Sea. China said the summit should not hype the South China Sea and East China Sea disputes. Prime Minister Haruto Velmisaki said Japan welcomed China's rise. Japan will host the talks, and China will attend.",
			"Haruto Velmisaki", "JP"},
		{"no dateline", "",
			"Leaders agreed on Thursday to send a message on the South China Sea. China said the summit should not hype the South China Sea and East China Sea disputes. Prime Minister Haruto Velmisaki said Japan welcomed China's rise. Japan will host the talks, and China will attend.",
			"Haruto Velmisaki", ""},
		{"a sea is no story about its country", "",
			"Prime Minister Haruto Velmisaki spoke on Monday. Japan raised the South China Sea and the East China Sea, and Japan will press the issue, Japan's envoy said.",
			"Haruto Velmisaki", "JP"},
	}
	runDatelineCases(t, x, cases)
}

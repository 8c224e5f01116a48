package extract_test

import "testing"

// TestPossessorCountryAfterHome covers an officer named as a person's aide ("President
// X's national security adviser, Y") when X's country comes only from the story's dateline
// or dominant country: the aide serves that country too.
func TestPossessorCountryAfterHome(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"adviser of a president of the dateline's country", "Washington",
			"President Karl Ostrander's national security adviser, Samuel Brandt, has briefed his Russian counterpart on what U.S. investigators found, officials said.",
			"Samuel Brandt", "US"},
		{"spokesman of a president of the story's country", "",
			"Kenya will host the summit. President Daniel Odera's spokesman, Jack Muli, said Kenya had invited ten leaders. Officials in Kenya expect more.",
			"Jack Muli", "KE"},
	}
	runDatelineCases(t, x, cases)
}

package extract_test

import "testing"

// TestRemarksCarryTheSpeaker runs made-up wire copy where the sentence after a speaker's
// words has those words for subject ("His comments came after X visited the border",
// "The remarks came as X arrived"): a "he" after it goes on with the speaker, not the
// person the clause after the remarks names. Where the sentence opens with a person, or
// the remarks are another's ("The remarks of X"), that person is the subject as before.
func TestRemarksCarryTheSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"his comments came after another visited",
			"Prime Minister Tomas Berg said on Monday that the treaty had been violated. His comments came after Defense Minister Anders Kolvit visited the border.\n\n\"We will respond to every provocation,\" he added.",
			[]quoteWant{{"We will respond to every provocation,", "Tomas Berg"}}},
		{"the remarks came as another arrived",
			"President Lena Hartmann told reporters that sanctions would stay. The remarks came as Prime Minister Anders Kolvit arrived in the capital.\n\n\"Nothing has changed,\" she said.",
			[]quoteWant{{"Nothing has changed,", "Lena Hartmann"}}},
		{"a person opens the sentence",
			"Prime Minister Tomas Berg said on Monday that the treaty had been violated. Defense Minister Anders Kolvit visited the border later.\n\n\"We will respond to every provocation,\" he said.",
			[]quoteWant{{"We will respond to every provocation,", "Anders Kolvit"}}},
	})
}

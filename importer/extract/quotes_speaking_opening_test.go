package extract_test

import "testing"

// TestSpeakingOpening runs made-up copy where a short sentence sums up how a person
// spoke after an opening phrase of speaking or being asked ("Speaking to reporters
// afterwards, Berg was upbeat."): the quotation paragraph after it is that person's, as
// after "Berg was upbeat.", and after "Berg later addressed the nation." (words class
// utterance). A sentence that tells an event ("was interrupted") gives the
// quotation no speaker, and it is left out.
func TestSpeakingOpening(t *testing.T) {
	const met = "Prime Minister Tomas Berg met President Anders Kolvit in Oslo on Monday. "
	runSpeakerCases(t, []speakerCase{
		{"speaking to reporters, upbeat",
			met + "Speaking to reporters afterwards, Berg was upbeat.\n\n\"It was a good meeting. We agreed to meet again.\"",
			[]quoteWant{{"It was a good meeting. We agreed to meet again.", "Tomas Berg"}}},
		{"asked about the talks, cautious",
			met + "Asked about the talks, Kolvit was more cautious.\n\n\"There is a long way to go.\"",
			[]quoteWant{{"There is a long way to go.", "Anders Kolvit"}}},
		{"addressed the nation",
			met + "Berg later addressed the nation.\n\n\"My fellow citizens, tonight I can tell you that we have reached an agreement.\"",
			[]quoteWant{{"My fellow citizens, tonight I can tell you that we have reached an agreement.", "Tomas Berg"}}},
		{"an event, no manner of speaking",
			met + "Speaking at a rally later, Berg was interrupted.\n\n\"You have betrayed this country and everyone here knows it!\"",
			nil},
	})
}

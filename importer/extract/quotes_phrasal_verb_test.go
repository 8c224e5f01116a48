package extract_test

import "testing"

// TestPhrasalSpeechVerb runs made-up copy whose attribution after a quotation is a verb
// with its particle (`," Berg shot back.`, `," she went on.`): the quotation is the
// speaker's, as after `," Berg said.`; a particle verb that tells no speaking leaves the
// quotation unattributed and out.
func TestPhrasalSpeechVerb(t *testing.T) {
	const met = "Prime Minister Tomas Berg met President Lena Kolvit on Monday. "
	runSpeakerCases(t, []speakerCase{
		{"shot back", met + `"That is simply not true, and everyone in this room knows it," Berg shot back.`,
			[]quoteWant{{"That is simply not true, and everyone in this room knows it,", "Tomas Berg"}}},
		{"a pronoun went on", met + `Kolvit spoke first. "We will not accept a deal that leaves our farmers behind," she went on.`,
			[]quoteWant{{"We will not accept a deal that leaves our farmers behind,", "Lena Kolvit"}}},
		{"hit back", met + `"The opposition has no plan of its own for the border," Kolvit hit back.`,
			[]quoteWant{{"The opposition has no plan of its own for the border,", "Lena Kolvit"}}},
		{"no verb of speaking", met + `"The opposition has no plan of its own for the border," Kolvit ran out.`,
			nil},
	})
}

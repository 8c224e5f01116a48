package extract_test

import "testing"

// TestCitedAsSaying runs made-up wire copy where an agency cites a person "as saying"
// after the quotation: the words are the one cited's, as after "quoted", not the agency's.
func TestCitedAsSaying(t *testing.T) {
	const met = "Foreign Minister Anders Kolvit met Secretary of State Tomas Berg on Monday. "
	runSpeakerCases(t, []speakerCase{
		{"cited as saying", met + `"The meeting was useful," RIA Novosti cited Kolvit as saying.`,
			[]quoteWant{{"The meeting was useful,", "Anders Kolvit"}}},
		{"cited as telling reporters", met + `"The meeting was useful," the Interfax news agency cited Kolvit as telling reporters.`,
			[]quoteWant{{"The meeting was useful,", "Anders Kolvit"}}},
		{"quoted as saying, as before", met + `"The meeting was useful," Interfax quoted Kolvit as saying.`,
			[]quoteWant{{"The meeting was useful,", "Anders Kolvit"}}},
		{"cited after saying, the citer's source", met + `"The meeting was useful," the agency said, citing Berg.`,
			[]quoteWant{{"The meeting was useful,", "Tomas Berg"}}},
	})
}

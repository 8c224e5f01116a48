package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteSpeakerCountryShortForm runs made-up copy that calls a speaker by a country's
// short form and a noun of serving it after a quotation, `," the U.S. diplomat said`, as
// it does with a demonym, `," the Russian diplomat said`: the person of that country named
// last.
func TestQuoteSpeakerCountryShortForm(t *testing.T) {
	x := newExtractor(t)
	const lead = "U.S. Secretary of State Marcia Dalton met Bulgarian Foreign Minister Tsvetana Orlik in Sofia on Monday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the U.S. diplomat", lead + "\"We agreed on a roadmap,\" the U.S. diplomat said.", []quoteWant{{"We agreed on a roadmap,", "Marcia Dalton"}}},
		{"the Bulgarian diplomat", lead + "\"We agreed on a roadmap,\" the Bulgarian diplomat said.", []quoteWant{{"We agreed on a roadmap,", "Tsvetana Orlik"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

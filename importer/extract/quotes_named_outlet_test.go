package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestNamedOutletSpeaks runs made-up wire copy where a newspaper, magazine or broadcaster
// the gazetteer does not know is the source of a quotation, named beside the noun that
// says what it is ("the Vostok Vremya newspaper reported", "broadcaster KTV said"): the
// medium is the speaker. A medium that passes on a person's words leaves them to the
// person, and a sentence adverb before "the newspaper" names no medium.
func TestNamedOutletSpeaks(t *testing.T) {
	x := newExtractor(t)
	const opening = "Kazakh Foreign Minister Ahmed Karimov held talks with EU envoy Tomas Berg in Astana on Friday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a newspaper after its name",
			opening + `"The talks ended without any deal on gas," the Vostok Vremya newspaper reported.`,
			[]quoteWant{{"The talks ended without any deal on gas,", "Vostok Vremya"}}},
		{"words between the name and the noun",
			opening + `"The talks ended without any deal on gas," the pro-government Nasha Gazeta business daily reported.`,
			[]quoteWant{{"The talks ended without any deal on gas,", "Nasha Gazeta"}}},
		{"a magazine opening the sentence",
			opening + `Dunya magazine wrote that the envoy had been "visibly annoyed by the delays".`,
			[]quoteWant{{"visibly annoyed by the delays", "Dunya"}}},
		{"a broadcaster before its name",
			opening + `"The talks ended without any deal on gas," Uzbek broadcaster KTV reported.`,
			[]quoteWant{{"The talks ended without any deal on gas,", "KTV"}}},
		{"according to the daily",
			opening + `The envoy was "visibly annoyed by the delays," according to the Ozod Kun daily.`,
			[]quoteWant{{"visibly annoyed by the delays,", "Ozod Kun"}}},
		{"a paper that quotes a person",
			opening + `"We are close to a deal on gas," the Vostok Vremya newspaper quoted Karimov as saying.`,
			[]quoteWant{{"We are close to a deal on gas,", "Ahmed Karimov"}}},
		{"a sentence adverb is no medium",
			opening + `Meanwhile the newspaper reported that the talks had "ended without any deal on gas".`,
			[]quoteWant{{"ended without any deal on gas", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

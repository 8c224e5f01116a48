package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestHerMessageWasSimple runs made-up copy where a sentence opens with a possessive
// pronoun and a noun of reply ("Her message to Tashkent was simple:", "His answer was
// short:") and a colon hands over to a quotation: the words are the person's the pronoun
// stands for.
func TestHerMessageWasSimple(t *testing.T) {
	x := newExtractor(t)
	const opening = "Uzbek Foreign Minister Ahmed Karimov met Norwegian Foreign Minister Anna Berg in Oslo on Monday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"her message was simple",
			opening + "Berg then turned to the refugees. Her message to Tashkent was simple: \"Let them go home in safety.\"",
			[]quoteWant{{"Let them go home in safety.", "Anna Berg"}}},
		{"his answer was short",
			opening + "Karimov was asked about the border. His answer was short: \"We will not give up an inch.\"",
			[]quoteWant{{"We will not give up an inch.", "Ahmed Karimov"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

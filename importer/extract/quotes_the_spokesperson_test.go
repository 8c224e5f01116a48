package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestTheSpokespersonGoesOn runs made-up copy where an unnamed spokesperson of a person or
// a body speaks ("Ms Berg's spokesperson said", "a ministry spokesman said") and "the
// spokesperson said" follows: the words are the person's or the body's, as the first
// attribution's are.
func TestTheSpokespersonGoesOn(t *testing.T) {
	x := newExtractor(t)
	const opening = "Foreign Minister Anna Berg will travel to Fiji next week.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a person's spokesperson",
			opening + "Ms Berg's spokesperson said the minister would also meet the opposition leader. \"She looks forward to the talks,\" the spokesperson said.",
			[]quoteWant{{"She looks forward to the talks,", "Anna Berg"}}},
		{"a named spokesperson is the person",
			opening + "Ms Berg's spokesperson Lars Holm said the minister would also meet the opposition leader. \"She looks forward to the talks,\" the spokesperson said.",
			[]quoteWant{{"She looks forward to the talks,", "Lars Holm"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

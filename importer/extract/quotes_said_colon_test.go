package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSaidColonWithoutSpeaker runs made-up copy where a speech verb and a colon introduce
// a quotation whose speaker is no actor ("A joint statement issued after the talks
// said:"): the quotation is kept, with no speaker. A colon after no speech verb ("The
// message was clear:", "an old saying that fits:") still attributes nothing.
func TestSaidColonWithoutSpeaker(t *testing.T) {
	x := newExtractor(t)
	const opening = "Uzbek Foreign Minister Ahmed Karimov met Norwegian Foreign Minister Anna Berg in Oslo on Friday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a joint statement said",
			opening + "A joint statement issued after the talks said: \"Both sides reaffirmed their commitment to free trade.\"",
			[]quoteWant{{"Both sides reaffirmed their commitment to free trade.", ""}}},
		{"a communique said on a day",
			opening + "A final communique said on Saturday: \"The parties will meet again in June to review progress.\"",
			[]quoteWant{{"The parties will meet again in June to review progress.", ""}}},
		{"a saying is no speech verb",
			opening + "There is an old saying that fits the talks: \"Act in haste and repent at leisure.\"",
			nil},
		{"no speech verb before the colon",
			opening + "The message of the day was clear: \"No deal without a ceasefire on the border.\"",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteRunsOnOverParagraphs runs made-up quotations printed as AP and Reuters print a
// quotation that goes on in the next paragraph: no closing mark at the end of the first
// paragraph, an opening one at the start of the next. A first paragraph that opens with
// the quotation is the speaker's whose attribution a later paragraph of it carries, not
// the speaker of the paragraph before; a quotation that runs on after its attribution
// keeps that speaker.
func TestQuoteRunsOnOverParagraphs(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"attribution in the later paragraph after another speaker",
			"\"We want the talks to go on,\" German Chancellor Helga Brandt said.\n\n\"Some say the British need more time.\n\n\"I hear this, but I find it strange,\" Dutch Prime Minister Joost Verbeek said.",
			[]quoteWant{{"We want the talks to go on,", "Helga Brandt"}, {"Some say the British need more time.", "Joost Verbeek"}, {"I hear this, but I find it strange,", "Joost Verbeek"}}},
		{"attribution in the first paragraph",
			"Dutch Prime Minister Joost Verbeek said: \"Some say the British need more time.\n\n\"I hear this, but I find it strange.\"",
			[]quoteWant{{"Some say the British need more time.", "Joost Verbeek"}, {"I hear this, but I find it strange.", "Joost Verbeek"}}},
		{"runs on after the attribution in the same paragraph",
			"\"We want the talks to go on,\" Helga Brandt said. \"The door stays open for now.\n\n\"Nobody in Berlin wants a hard break,\" Joost Verbeek said.",
			[]quoteWant{{"We want the talks to go on,", "Helga Brandt"}, {"The door stays open for now.", "Helga Brandt"}, {"Nobody in Berlin wants a hard break,", "Joost Verbeek"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteParagraphsWithoutReopeningMarks runs made-up quotations of two paragraphs printed
// with no mark reopening the second, as copy converted from a wiki prints them: the second
// paragraph, up to its closing mark, goes on with the first and its speaker; a paragraph
// carried open that the next never closes is still no quotation.
func TestQuoteParagraphsWithoutReopeningMarks(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"coach after the match",
			"After the final whistle, Tomas Vidrik, the Slovak coach, said, \"We learned a great deal tonight.\n\nIt was a hard evening for the players but they kept their heads.\"",
			[]quoteWant{{"We learned a great deal tonight.", "Tomas Vidrik"}, {"It was a hard evening for the players but they kept their heads.", "Tomas Vidrik"}}},
		{"another quotation opens after the close",
			"Marek Halloran won the award. He said, \"The first half went well for us.\n\nWe should have scored twice before the break.\" Later, the visiting coach Idris Benkacem said, \"We faced a very strong side tonight.\"",
			[]quoteWant{{"The first half went well for us.", "Marek Halloran"}, {"We should have scored twice before the break.", "Marek Halloran"}, {"We faced a very strong side tonight.", "Idris Benkacem"}}},
		{"never closed",
			"The minister, Ilse Varga, said, \"We will look at every option\n\nThe talks resume in March.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

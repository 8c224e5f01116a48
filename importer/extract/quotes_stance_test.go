package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuotationAfterAStance runs made-up stories where, after one person is quoted, a short
// sentence sums up another's view ("Karimov disagreed.") and a quotation standing alone,
// in that paragraph or the next, gives that view: the words are the second person's.
func TestQuotationAfterAStance(t *testing.T) {
	x := newExtractor(t)
	opening := "Foreign Minister Karl Berg of Norway met President Islam Karimov in Tashkent on Monday.\n\n\"We have made real progress today,\" Berg told reporters after the talks.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"disagreed, the next paragraph", opening + "Karimov disagreed.\n\n\"Nothing has changed on the ground.\"",
			[]quoteWant{{"We have made real progress today,", "Karl Berg"}, {"Nothing has changed on the ground.", "Islam Karimov"}}},
		{"struck a tone, the same paragraph", opening + "Karimov struck a more cautious tone. \"Nothing has changed on the ground.\"",
			[]quoteWant{{"We have made real progress today,", "Karl Berg"}, {"Nothing has changed on the ground.", "Islam Karimov"}}},
		{"but was not convinced", opening + "But Karimov was not convinced.\n\n\"Nothing has changed on the ground.\"",
			[]quoteWant{{"We have made real progress today,", "Karl Berg"}, {"Nothing has changed on the ground.", "Islam Karimov"}}},
		{"an event is no stance", opening + "Karimov was arrested on Monday.\n\n\"Nothing has changed on the ground.\"",
			[]quoteWant{{"We have made real progress today,", "Karl Berg"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

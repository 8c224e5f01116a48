package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteContinuedNotAcrossNarration runs made-up paragraphs where a short quotation
// follows an attributed one in the same paragraph: it continues the speaker when it opens
// its sentence, but not when a sentence of narration about another actor leads up to it,
// as commentary on wire copy does.
func TestQuoteContinuedNotAcrossNarration(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a sentence about another actor before the words",
			"\"We will not accept this truce,\" Hamas official Yusuf Karam said. \"Israel must stop first.\" Hezbollah has rejected the offer and hopes to turn the border \"into a graveyard for invaders.\"",
			[]quoteWant{{"We will not accept this truce,", "Yusuf Karam"}, {"Israel must stop first.", "Yusuf Karam"}}},
		{"the words open their sentence",
			"\"We will not accept this truce,\" Hamas official Yusuf Karam said. Hezbollah was not consulted. \"Israel must stop first and the siege must end.\"",
			[]quoteWant{{"We will not accept this truce,", "Yusuf Karam"}, {"Israel must stop first and the siege must end.", "Yusuf Karam"}}},
		{"narration about the same speaker",
			"\"We will not accept this truce,\" Hamas official Yusuf Karam said. Karam wants to turn the border \"into a graveyard for invaders.\"",
			[]quoteWant{{"We will not accept this truce,", "Yusuf Karam"}, {"into a graveyard for invaders.", "Yusuf Karam"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

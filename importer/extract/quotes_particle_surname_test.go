package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSurnameWithTwoParticles runs made-up copy where a person named in full is quoted by
// a surname of two particles and a name, written lower-case as it is printed mid-sentence
// ("van der Velden said") or capitalized at a sentence's start ("De la Tour added"): the
// speaker is the person named before.
func TestSurnameWithTwoParticles(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"lower-case particles after the quotation",
			"Dutch Foreign Minister Pieter van der Velden met Indonesian Foreign Minister Sari Wulandari in Jakarta on Tuesday.\n\n\"We share a complicated history,\" van der Velden said after the meeting.",
			[]quoteWant{{"We share a complicated history,", "Pieter van der Velden"}}},
		{"capitalized particles opening the sentence",
			"UN rapporteur Jean-Marc de la Tour visited Jakarta on Tuesday.\n\nDe la Tour added: \"The meeting is long overdue.\"",
			[]quoteWant{{"The meeting is long overdue.", "Jean-Marc de la Tour"}}},
		{"one particle as before",
			"Dutch Foreign Minister Pieter van Velden met Indonesian Foreign Minister Sari Wulandari in Jakarta on Tuesday.\n\n\"We share a complicated history,\" van Velden said.",
			[]quoteWant{{"We share a complicated history,", "Pieter van Velden"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestGenderFromTheNextSentence runs made-up copy where a person whom no title, role or
// given name tells the gender of speaks, and "She said" or "He said" opens the next
// sentence of the paragraph: that tells the speaker's gender, so that a later "she said"
// after the speaker is brought on again goes to her, not to another woman named before.
// A sentence that names two persons tells nothing (and "she" then goes to the woman
// the text names as one, pronounSubject).
func TestGenderFromTheNextSentence(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"she said opens the next sentence",
			"Secretary of State Hillary Clinton met Foreign Minister Tsvetana Orlik in Sofia on Monday.\n\nOrlik said the talks had gone well. She said the two countries would sign a trade accord.\n\nOrlik left for Brussels. \"We have agreed on a series of steps,\" she said.",
			[]quoteWant{{"We have agreed on a series of steps,", "Tsvetana Orlik"}}},
		{"a sentence of two persons tells nothing",
			"Secretary of State Hillary Clinton met Foreign Minister Tsvetana Orlik in Sofia on Monday.\n\nOrlik said Clinton had been generous. She said the two countries would sign a trade accord.\n\nOrlik left for Brussels. \"We have agreed on a series of steps,\" she said.",
			[]quoteWant{{"We have agreed on a series of steps,", "Hillary Clinton"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

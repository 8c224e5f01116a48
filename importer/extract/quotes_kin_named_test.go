package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteOfAKinNamedByGivenName runs made-up sentences where a relative is named by the
// given name alone, set off by commas after a possessive and a noun of kin: the name is a
// person who speaks, not the person the relative belongs to, and "he" after the sentence
// that names them so is them (possessorOfNamed).
func TestQuoteOfAKinNamedByGivenName(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"brother, said before",
			"Senator Ruth Okafor spoke at the memorial for Daniel Mensah. Mensah's brother, Kwabena, said: \"We want answers, not sympathy.\"",
			[]quoteWant{{"We want answers, not sympathy.", "Kwabena"}}},
		{"brother, then he said",
			"Senator Ruth Okafor spoke at the memorial for Daniel Mensah. Mensah's brother, Kwabena, stood beside her. \"We want answers, not sympathy,\" he said.",
			[]quoteWant{{"We want answers, not sympathy,", "Kwabena"}}},
		{"ally, then he said",
			"Odera Mwangaza lost the vote on Sunday. Mwangaza's closest ally, Peter Kamau, spoke to reporters. \"We will go to court,\" he said.",
			[]quoteWant{{"We will go to court,", "Peter Kamau"}}},
		{"daughter said",
			"The mayor, Karin Holt, visited the family of Piotr Lasko on Friday. \"Our father built this town,\" his daughter, Marta, said.",
			[]quoteWant{{"Our father built this town,", "Marta"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestLocalBodySpeaks runs made-up copy where a city's police, named by a place the
// gazetteer does not know, speaks or acts in a clause a paper reports: the words are the
// police's ("Marrow Bay Police"), never a person named "Marrow Bay"; a chief named after
// the police speaks for himself.
func TestLocalBodySpeaks(t *testing.T) {
	x := newExtractor(t)
	const lead = "Interior Minister Lena Dahl visited the port on Monday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the police of a place said",
			lead + `"The suspect was arrested near the harbour," Marrow Bay police said.`,
			[]quoteWant{{"The suspect was arrested near the harbour,", "Marrow Bay Police"}}},
		{"a paper reports what the police of a place wanted",
			lead + `The Guardian reported in May that Marrow Bay police wanted to close the market because of "safety shortcomings that put the public at risk."`,
			[]quoteWant{{"safety shortcomings that put the public at risk.", "Marrow Bay Police"}}},
		{"a police chief named after it",
			lead + `"The suspect was arrested near the harbour," Marrow Bay police chief Tomas Kerr said.`,
			[]quoteWant{{"The suspect was arrested near the harbour,", "Tomas Kerr"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

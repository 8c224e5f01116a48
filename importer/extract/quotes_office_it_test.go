package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestItSaidAfterAPersonsOffice runs made-up copy where a person's own office speaks
// ("Karimov's office said") and "it said" follows: the words are the person's, as those
// of "Karimov's office said" are. With a body that spoke in between, the body's.
func TestItSaidAfterAPersonsOffice(t *testing.T) {
	x := newExtractor(t)
	const opening = "Uzbek Foreign Minister Ahmed Karimov met Norwegian Foreign Minister Anna Berg in Oslo on Monday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the office said, then it said",
			opening + "Karimov's office said he would return to Oslo in June. \"He enjoyed the visit very much,\" it said.",
			[]quoteWant{{"He enjoyed the visit very much,", "Ahmed Karimov"}}},
		{"a body spoke last",
			opening + "Karimov's office said he would return to Oslo in June.\n\nThe Norwegian foreign ministry issued a statement. \"The visit was a success,\" it said.",
			[]quoteWant{{"The visit was a success,", "Norwegian Foreign Ministry"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

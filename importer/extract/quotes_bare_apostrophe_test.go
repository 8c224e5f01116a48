package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestBareApostrophePossessive covers names ending in s whose possessive is printed with
// the apostrophe alone ("Tsipras' plan"): the possessor is no subject that speaks, as with
// "'s", and an unnamed spokesman of his speaks for him.
func TestBareApostrophePossessive(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the possessor of the thing judged",
			`Uzbek President Islam Karimov reviewed Greek Prime Minister Alexis Tsipras' plan and called it "a serious basis for talks with Athens".`,
			[]quoteWant{{"a serious basis for talks with Athens", "Islam Karimov"}}},
		{"the typographic apostrophe",
			`Uzbek President Islam Karimov reviewed Greek Prime Minister Alexis Tsipras’ plan and called it "a serious basis for talks with Athens".`,
			[]quoteWant{{"a serious basis for talks with Athens", "Islam Karimov"}}},
		{"an unnamed spokesman of the possessor speaks for him",
			`Greek Prime Minister Alexis Tsipras met Uzbek President Islam Karimov. "The talks were warm," Tsipras' spokesman said.`,
			[]quoteWant{{"The talks were warm,", "Alexis Tsipras"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSpokespersonForBodyNamed runs made-up copy where the one who speaks for a body is
// named in apposition after "the spokesperson for <body>" ("The spokesperson for the UN
// Secretary-General, Lena Ortiz, told reporters in New York:") or after an inverted
// attribution (`," said a spokesman for the Front, Omar Haddad.`): the person named speaks,
// not the body. With no name after it, the body speaks.
func TestSpokespersonForBodyNamed(t *testing.T) {
	x := newExtractor(t)
	const opening = "Ceasefire talks between the two sides stalled in Geneva on Sunday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the spokesperson for a body, a name, told reporters in a city",
			opening + "The spokesperson for the UN Secretary-General, Lena Ortiz, told reporters in New York: \"We welcome every effort to end the fighting.\"",
			[]quoteWant{{"We welcome every effort to end the fighting.", "Lena Ortiz"}}},
		{"said a spokesman for a body, a name",
			opening + "\"We remain committed to the process,\" said a spokesman for the United Nations, Omar Haddad.",
			[]quoteWant{{"We remain committed to the process,", "Omar Haddad"}}},
		{"said a spokesman for a body, no name",
			opening + "\"We remain committed to the process,\" said a spokesman for the United Nations.",
			[]quoteWant{{"We remain committed to the process,", "United Nations"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestOfficeOfBodyApposition covers a speaker named in apposition after an office that
// takes a body or a country after "to" or "of" ("Chile's ambassador to the United Nations,
// X, said"): the name is the office holder's, who speaks, not the object of the
// preposition; a name after such an office that is itself the object of a contact word is
// still no speaker.
func TestOfficeOfBodyApposition(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"ambassador to the United Nations",
			`Chile's ambassador to the United Nations, Tavita Rojas, told the council: "We will not accept this plan."`,
			[]quoteWant{{"We will not accept this plan.", "Tavita Rojas"}}},
		{"the demonym before the office",
			`The Chilean ambassador to the United Nations, Tavita Rojas, said the plan was "dead on arrival and everyone knows it".`,
			[]quoteWant{{"dead on arrival and everyone knows it", "Tavita Rojas"}}},
		{"an office of a body after a contact word",
			`Foreign Minister Karl Berg met the ambassador to the United Nations, Tavita Rojas, and said: "We will not accept this plan."`,
			[]quoteWant{{"We will not accept this plan.", "Karl Berg"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

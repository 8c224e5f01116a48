package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// headlineSurnameCase is a headline, a body, the words of the body a mention starts
// ("" to look at every actor) and the actor it should resolve to ("" for none).
type headlineSurnameCase struct{ name, title, body, at, want string }

// headlineSurnameCases are made-up briefs and profiles that print a person's full name
// only in the headline.
var headlineSurnameCases = []headlineSurnameCase{
	{"bare surname in a brief", "Elena Marsh resigns as trade envoy", "Marsh said on Monday she would step down at the end of the month. She had held the post since 2019.", "Marsh said", "Elena Marsh"},
	{"pronoun after the surname", "Elena Marsh resigns as trade envoy", "Marsh said on Monday she would step down at the end of the month. She had held the post since 2019.", "She had", "Elena Marsh"},
	{"surname opening a clause", "Tomas Lindqvist dies at 81", "Born in a mining town in the north, Lindqvist went to Stockholm in 1962 to study law. He later joined the foreign service.", "Lindqvist went", "Tomas Lindqvist"},
	{"office before the name in the headline", "Foreign Minister Elena Marsh to visit Oslo", "Marsh will meet her Norwegian counterpart on Friday, officials said.", "Marsh will", "Elena Marsh"},
	{"honorific and surname", "Rajesh Verma meets Japanese counterpart in Delhi", "Mr. Verma met Japanese Prime Minister Kenji Sato in Delhi on Monday.", "Verma met", "Rajesh Verma"},
	{"a headline that is the name alone", "Yelan Bo Marsk", "Born in Tallinn, Marsk went to Paris in 1990 to study painting. He later taught at the academy.", "He later", "Yelan Bo Marsk"},
	{"office and surname under a headline with no office", "Elena Marsh resigns as trade envoy", "Trade Envoy Marsh told reporters on Monday she would step down.", "Marsh told", "Elena Marsh"},
	{"possessive surname", "Elena Marsh resigns as trade envoy", "Marsh's office said on Monday she would step down.", "Marsh's", "Elena Marsh"},
	{"middle initial in the headline", "Charles J. Marsh resigns as trade envoy", "Marsh said on Monday he would step down.", "Marsh said", "Charles Marsh"},
	{"hyphenated given name in the headline", "Jean-Pierre Marsh named envoy to Oslo", "Marsh said on Monday he would take up the post in May.", "Marsh said", "Jean-Pierre Marsh"},
	{"a shouted headline names the person in title case", "ELENA MARSH RESIGNS AS TRADE ENVOY", "Marsh said on Monday she would step down.", "Marsh said", "Elena Marsh"},
	{"a shouted headline without a known given name names no one", "VARGOS TELLU RESIGNS AS TRADE ENVOY", "Tellu said on Monday she would step down.", "", ""},
	{"two people of that surname in the headline", "Elena Marsh and Paul Marsh part ways", "Marsh said on Monday the firm would be split.", "", ""},
	{"another surname in the body", "Elena Marsh resigns as trade envoy", "Varga said on Monday the talks would go on. He flew to Oslo.", "He flew", ""},
}

// TestHeadlineSurname covers a person named in full only in the headline and by surname
// alone in the body ("Elena Marsh resigns as trade envoy" over "Marsh said"): the body's
// surname, and the pronouns after it, are the headline's person. A headline that names
// two people by the surname, or none, leaves the body's surname as it was.
func TestHeadlineSurname(t *testing.T) {
	x := newExtractor(t)
	for _, c := range headlineSurnameCases {
		t.Run(c.name, func(t *testing.T) {
			in := extract.Input{Title: c.title, Text: c.body, Published: "2024-03-05"}
			if c.at != "" {
				if got := mentionActorIn(t, x, in, c.at); got != c.want {
					t.Errorf("%q is %q, want %q", c.at, got, c.want)
				}
				return
			}
			for _, a := range x.Extract(in).Actors {
				if strings.Contains(a.Name, " ") {
					t.Errorf("actor %q, want no one named in full", a.Name)
				}
			}
		})
	}
}

package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestPronounReachesBackFewParagraphs covers a "she" that no subject or speaker near it
// resolves: the last person mentioned, within lastPersonReach paragraphs; one named
// further back is none, as the pronoun stands for someone the text never names.
func TestPronounReachesBackFewParagraphs(t *testing.T) {
	x := newExtractor(t)
	const lede = "Foreign Minister Tamsk Oduya visited Bor on Monday.\n\n"
	const filler = "The town had flooded twice since March.\n\n"
	const end = "\"How long,\" she asked, \"are we going to run?\""
	cases := []struct {
		name, text, want string
	}{
		{"named two paragraphs back", lede + filler + end, "Tamsk Oduya"},
		{"named eight paragraphs back", lede + strings.Repeat(filler, 7) + end, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := x.Explain(extract.Input{Text: c.text})
			for _, st := range ex.Sentences {
				for _, m := range st.Mentions {
					if m.Text == "she" {
						if m.Actor != c.want {
							t.Errorf("she is %q, want %q", m.Actor, c.want)
						}
						return
					}
				}
			}
			t.Error("no mention of she")
		})
	}
}

package extract_test

import (
	"strings"
	"testing"
)

// TestPronounReachesBackFewParagraphs covers a "she" that no subject or speaker near it
// resolves: the last person mentioned, within lastPersonReach paragraphs; one named
// further back is none, as the pronoun stands for someone the text never names.
func TestPronounReachesBackFewParagraphs(t *testing.T) {
	x := newExtractor(t)
	const lede = "Foreign Minister Tamsk Oduya visited Bor on Monday.\n\n"
	const filler = "The town had flooded twice since March.\n\n"
	const end = "\"How long,\" she asked, \"are we going to run?\""
	cases := []struct{ name, text, want string }{
		{"named two paragraphs back", lede + filler + end, "Tamsk Oduya"},
		{"named eight paragraphs back", lede + strings.Repeat(filler, 7) + end, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := mentionActor(t, x, c.text, "she"); got != c.want {
				t.Errorf("she is %q, want %q", got, c.want)
			}
		})
	}
}

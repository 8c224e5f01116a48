package lexicon_test

import (
	"testing"

	"hotline/importer/extract/tokens"
)

// TestMinistryAt checks that a ministry phrase is read singular or with its last word
// plural, and nothing else.
func TestMinistryAt(t *testing.T) {
	lex := mustLoad(t)
	cases := []struct {
		text   string
		want   string // canonical ministry, "" for none
		words  int
		plural bool
	}{
		{"military said", "Armed Forces", 1, false},
		{"militaries said", "Armed Forces", 1, true},
		{"foreign ministries said", "Foreign Ministry", 2, true},
		{"foreign ministry said", "Foreign Ministry", 2, false},
		{"embassies said", "Embassy", 1, true},
		{"police said", "Police", 1, false},
		{"governments said", "Government", 1, true},
		{"foreign minister said", "", 0, false},
		{"milk", "", 0, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			m, plural, ok := lex.MinistryAt(tokens.Tokenize([]rune(c.text)), 0)
			if got := ""; ok {
				got = lex.Ministries[m.Idx]
				if got != c.want || m.To-m.From != c.words || plural != c.plural {
					t.Errorf("MinistryAt(%q) = %q over %d words, plural %v; want %q over %d, plural %v", c.text, got, m.To-m.From, plural, c.want, c.words, c.plural)
				}
			} else if c.want != "" {
				t.Errorf("MinistryAt(%q) found nothing, want %q", c.text, c.want)
			}
		})
	}
}

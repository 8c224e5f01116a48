package tokens_test

import (
	"reflect"
	"testing"

	"hotline/importer/extract/tokens"
)

// TestTokenizeExPrefix covers a leading "ex-": a word of its own before the title or
// party it qualifies, while other hyphenated words and a possessive keep their shape.
func TestTokenizeExPrefix(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ex- before a party", "Ex-Labour MP", []string{"Ex-", "Labour", "MP"}},
		{"ex- before an office", "the ex-president said", []string{"the", "ex-", "president", "said"}},
		{"ex- before a possessive", "the ex-minister's aide", []string{"the", "ex-", "minister", "'s", "aide"}},
		{"other hyphenated words stay whole", "Secretary-General Al-Sabah", []string{"Secretary-General", "Al-Sabah"}},
		{"a word that only starts with ex", "Exxon expert", []string{"Exxon", "expert"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokens.Tokenize([]rune(c.text)) {
				got = append(got, tok.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

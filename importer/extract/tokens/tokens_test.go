package tokens_test

import (
	"reflect"
	"testing"

	"hotline/importer/extract/tokens"
)

// TestTokenizeExPrefix covers a leading "ex-": a word of its own before the title or
// party it qualifies, while other hyphenated words and a possessive keep their shape.
func TestTokenizeExPrefix(t *testing.T) {
	cases := []tokensCase{
		{"ex- before a party", "Ex-Labour MP", []string{"Ex-", "Labour", "MP"}},
		{"ex- before an office", "the ex-president said", []string{"the", "ex-", "president", "said"}},
		{"ex- before a possessive", "the ex-minister's aide", []string{"the", "ex-", "minister", "'s", "aide"}},
		{"other hyphenated words stay whole", "Secretary-General Al-Sabah", []string{"Secretary-General", "Al-Sabah"}},
		{"a word that only starts with ex", "Exxon expert", []string{"Exxon", "expert"}},
	}
	checkTokens(t, cases)
}

// TestTokenizeTitleAtSentenceEnd covers a title's short form that ends a name before a
// full stop ("Hun Sen."), read as the name's last word, while a title before a name keeps
// its period.
func TestTokenizeTitleAtSentenceEnd(t *testing.T) {
	cases := []tokensCase{
		{"at the end of the text", "met Hun Sen.", []string{"met", "Hun", "Sen", "."}},
		{"before a new sentence", "met Hun Sen. The two", []string{"met", "Hun", "Sen", ".", "The", "two"}},
		{"before a line's end", "met Hun Sen.\nThe two", []string{"met", "Hun", "Sen", ".", "The", "two"}},
		{"a title before a name", "met Sen. Warren", []string{"met", "Sen.", "Warren"}},
		{"a title after a name before a name", "Senator Mike Gen. Ray", []string{"Senator", "Mike", "Gen.", "Ray"}},
		{"a title after a lower-case word", "met the Sen.", []string{"met", "the", "Sen."}},
	}
	checkTokens(t, cases)
}

// tokensCase is a text and the tokens it must cut into.
type tokensCase struct {
	name, text string
	want       []string
}

// checkTokens runs each case as a named subtest.
func checkTokens(t *testing.T, cases []tokensCase) {
	t.Helper()
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

// Package names reduces person and organization names to keys under which spelling
// variants, transliterations and titles compare equal, so that "Sergei Lavrov",
// "Sergey Lavrov" and "Russian Foreign Minister Sergey Lavrov" resolve to one actor.
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s, strips accents and punctuation other than apostrophes and hyphens,
// and collapses white space.
func Fold(s string) string {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(out))
	var b strings.Builder
	for _, r := range out {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-':
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// Key is the resolution key of a name: folded, without middle initials, with known
// transliteration variants mapped to one spelling. Two names with the same Key are
// taken to be the same actor.
func Key(name string) string {
	words := strings.Fields(strings.ReplaceAll(Fold(name), "-", " "))
	out := words[:0]
	for i, w := range words {
		w = strings.Trim(w, "'")
		if len(w) == 1 && i > 0 && i < len(words)-1 {
			continue // middle initial
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// Surname is the last word of a person's name key, "" for an empty name.
func Surname(name string) string {
	w := strings.Fields(Key(name))
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

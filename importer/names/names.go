// Package names reduces person and organization names to keys under which spelling
// variants, transliterations and titles compare equal, so that "Sergei Lavrov",
// "Sergey Lavrov" and "Russian Foreign Minister Sergey Lavrov" resolve to one actor.
//
// How the importer uses it: two names are the same actor when their Key is equal. A bare
// surname ("Lavrov") resolves to the only known actor whose Surname equals Surname(bare).
// Compatible additionally accepts common first-name nicknames (Dave/David); it is kept out
// of Key on purpose, because a nickname match is weaker evidence than a transliteration.
// Skeleton (a key without the vowels of its longer words: "Haniya"/"Haniyeh",
// "Muhammad"/"Mohammed") and Nasab (the "X bin Y" core of an Arabic name, whatever
// grandfather, family name or title an outlet adds) are weaker still: the importer takes
// them only when no key matched and a single known person fits.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s, strips accents and punctuation other than apostrophes and hyphens,
// and collapses white space.
func Fold(s string) string {
	out := s
	if !isASCII(s) { // accents need Unicode decomposition; plain ASCII skips that cost
		t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if folded, _, err := transform.String(t, s); err == nil {
			out = folded
		}
	}
	b := make([]byte, 0, len(out))
	space := true // drop leading spaces and collapse runs
	for _, r := range out {
		switch {
		case r == '’' || r == '‘' || r == '\'' || r == '-':
			if r != '-' {
				r = '\''
			}
			b, space = utf8.AppendRune(b, r), false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if plain, ok := unaccented(r); ok { // letters NFKD leaves whole: "Radosław", "Løkke"
				b, space = append(b, plain...), false
				continue
			}
			b, space = utf8.AppendRune(b, r), false
		case !space:
			b, space = append(b, ' '), true
		}
	}
	return strings.TrimRight(string(b), " ")
}

// unaccented spells the Latin letters that Unicode decomposition keeps whole as writers
// without them do: "Radosław" is "Radoslaw", "Løkke" is "Lokke", "Işık" is "Isik" ("ğ"
// decomposes and needs no case).
func unaccented(r rune) (string, bool) {
	switch r {
	case 'ł':
		return "l", true
	case 'ø':
		return "o", true
	case 'đ', 'ð':
		return "d", true
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'ı':
		return "i", true
	case 'þ':
		return "th", true
	case 'ħ':
		return "h", true
	}
	return "", false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Key is the resolution key of a name: folded, without leading courtesy titles ("Mr."),
// without middle initials and possessive "'s", with each word spelled in a transliteration
// normal form (see Translit). Two names with the same Key are taken to be the same actor.
func Key(name string) string {
	words := strings.Fields(strings.ReplaceAll(Fold(name), "-", " "))
	for len(words) > 1 && courtesy(strings.Trim(words[0], "'")) {
		words = words[1:]
	}
	out := make([]string, 0, len(words))
	for i, w := range words {
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		if len(w) == 1 && i > 0 && i < len(words)-1 {
			continue // middle initial
		}
		if w != "" {
			out = append(out, Translit(w))
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

// courtesy reports whether a folded word is a title that never belongs to a name.
func courtesy(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "sir", "dame", "prof":
		return true
	}
	return false
}

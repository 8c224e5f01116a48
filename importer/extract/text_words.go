package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

func joinWords(w []string) string { return strings.Join(w, " ") }

func hasWord(s *scan, from, to int, w string) bool {
	for k := max(from, 0); k < to && k < len(s.toks); k++ {
		if s.toks[k].Low == w {
			return true
		}
	}
	return false
}

// hasClassWord reports whether a token in [from, to) is a word of class c.
func hasClassWord(s *scan, from, to int, c lexicon.Class) bool {
	for k := max(from, 0); k < to && k < len(s.toks); k++ {
		if s.gaz.In(c, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// isBeVerb reports a form of "be" that makes a passive or a copula: "was received by",
// "is quoted as".
func isBeVerb(w string) bool {
	return w == "was" || w == "were" || w == "is" || w == "are" || w == "been"
}

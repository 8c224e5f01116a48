package extract

import (
	"strings"
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

package names

import (
	"strings"
	"unicode/utf8"
)

// MiddlesDisagree reports two forms of one surname whose middle names cannot be one
// person's: one writes a middle initial and the other full middle names whose initials
// differ ("George W. Bush" and "George Herbert Walker Bush" are two presidents, while
// "John F. Kennedy" and "John Fitzgerald Kennedy" are one). Key drops middle initials, so
// that without this check a shorter form matches any fuller one with that first name.
// Names without a middle, or both with full middle names, never disagree here: Key and
// the given-names match decide those.
func MiddlesDisagree(a, b string) bool {
	ma, ia := middles(a)
	mb, ib := middles(b)
	if len(ma) == 0 || len(mb) == 0 || !ia && !ib {
		return false
	}
	return ma != mb
}

// middles returns the initials of the words between a name's first word and its surname
// (after courtesy titles) and whether any of them was written as an initial.
func middles(name string) (string, bool) {
	words := strings.Fields(strings.ReplaceAll(Fold(name), "-", " "))
	for len(words) > 1 && courtesy(strings.Trim(words[0], "'")) {
		words = words[1:]
	}
	if len(words) < 3 {
		return "", false
	}
	var b strings.Builder
	initial := false
	for _, w := range words[1 : len(words)-1] {
		w = strings.Trim(w, "'")
		if w == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		initial = initial || size == len(w)
	}
	return b.String(), initial
}

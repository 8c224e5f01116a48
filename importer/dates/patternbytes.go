package dates

import "strings"

// The hand-written scans (weekday_scan.go, month_scan.go) stand for regexps, and read
// text as Go's regexp does: \b and \s of ASCII, and case folding with the long s and the
// Kelvin sign.

// allLocs returns the matches that at (the match starting at a byte, or nil) finds in
// text, as a regexp's FindAllStringSubmatchIndex does: the leftmost first, then on from
// its end. Their patterns never match the empty string, and start with \b before an
// ASCII letter or the long s, which no byte inside a rune is.
func allLocs(text string, at func(text string, s int) []int) [][]int {
	var out [][]int
	for s := 0; s < len(text); s++ {
		if loc := at(text, s); loc != nil {
			out = append(out, loc)
			s = loc[1] - 1
		}
	}
	return out
}

// boundaryAt reports \b at text[i]: an ASCII letter, digit or underscore on one side only.
func boundaryAt(text string, i int) bool {
	before := i > 0 && isRegexpWordByte(text[i-1])
	after := i < len(text) && isRegexpWordByte(text[i])
	return before != after
}

// isRegexpWordByte reports a byte of \w: an ASCII letter, digit or underscore.
func isRegexpWordByte(c byte) bool { return isWordByte(c) || c == '_' }

// isSpace reports a byte of \s: space, tab, line feed, form feed or carriage return.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// foldPrefix returns the length in bytes of the prefix of text that a pattern ignoring
// case matches with word (lower-case ASCII letters and spaces), or 0: each letter in
// either case, an s also as the long s (ſ) and a k as the Kelvin sign (K), as Go's case
// folding has it; a space as itself.
func foldPrefix(text, word string) int {
	i := 0
	for j := 0; j < len(word); j++ {
		switch {
		case i < len(text) && (text[i] == word[j] || 'a' <= word[j] && word[j] <= 'z' && text[i]|0x20 == word[j]):
			i++
		case word[j] == 's' && strings.HasPrefix(text[i:], "\u017f"):
			i += len("\u017f")
		case word[j] == 'k' && strings.HasPrefix(text[i:], "\u212a"):
			i += len("\u212a")
		default:
			return 0
		}
	}
	return i
}

// spacesEnd returns the end of the run of \s from text[i] on (i when there is none).
func spacesEnd(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

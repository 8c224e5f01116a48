package dates

import "strings"

// weekdayPattern is what weekdayLocs finds, written as a regexp: a word of a weekday's
// shape ("Tuesday", and "Holiday", which the scan drops), with "'s" after it, and the
// modifier before it in any case. The tests hold weekdayLocs to it.
const weekdayPattern = `\b(?:((?i:last|next|this|past|coming))\s+)?([A-Z][a-z]{2,5}day)(?:'s|’s)?\b`

// weekdayLocs returns what regexp.MustCompile(weekdayPattern).FindAllStringSubmatchIndex
// returns (the match, the modifier, the day; -1 for a modifier left out), found by hand:
// the weekday pattern ran on every window with a weekday in it, and Go's backtracker
// costs it a pass over the window and a reset of its state for each word of a weekday's
// shape. Matches start at a word's start (\b, of ASCII) with an ASCII letter, so it tries
// each byte; at each, the modifier is preferred, as the pattern's greedy ? prefers it.
func weekdayLocs(text string) [][]int {
	var out [][]int
	for s := 0; s < len(text); s++ {
		if loc := weekdayAt(text, s); loc != nil {
			out = append(out, loc)
			s = loc[1] - 1 // matches do not overlap; a match is never empty
		}
	}
	return out
}

// weekdayAt returns the match of weekdayPattern that starts at text[s], or nil.
func weekdayAt(text string, s int) []int {
	if !boundaryAt(text, s) {
		return nil
	}
	for _, lead := range []string{"last", "next", "this", "past", "coming"} { // the pattern's, in its order
		n := foldPrefix(text[s:], lead)
		if n == 0 {
			continue
		}
		p := s + n
		q := p
		for q < len(text) && isSpace(text[q]) {
			q++
		}
		if q > p { // \s+, greedy: fewer spaces leave a space where [A-Z] must be
			if day, end := weekdayWordAt(text, q); end > 0 {
				return []int{s, end, s, p, q, day}
			}
		}
		break // the leads start with different letters: one at most is here
	}
	if day, end := weekdayWordAt(text, s); end > 0 {
		return []int{s, end, -1, -1, s, day}
	}
	return nil
}

// weekdayWordAt matches [A-Z][a-z]{2,5}day(?:'s|’s)?\b at text[p], trying the longer
// runs of letters first as the greedy {2,5} does, and returns the end of the word and of
// the match, or 0, 0.
func weekdayWordAt(text string, p int) (int, int) {
	if p >= len(text) || text[p] < 'A' || text[p] > 'Z' {
		return 0, 0
	}
	n := 0
	for n < 5 && p+1+n < len(text) && text[p+1+n] >= 'a' && text[p+1+n] <= 'z' {
		n++
	}
	for k := n; k >= 2; k-- {
		day := p + 1 + k + len("day")
		if !strings.HasPrefix(text[p+1+k:], "day") {
			continue
		}
		for _, tail := range []string{"'s", "’s"} {
			if strings.HasPrefix(text[day:], tail) && boundaryAt(text, day+len(tail)) {
				return day, day + len(tail)
			}
		}
		if boundaryAt(text, day) {
			return day, day
		}
	}
	return 0, 0
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
// case matches with word (lower-case ASCII letters), or 0: each letter in either case, an
// s also as the long s (ſ) and a k as the Kelvin sign (K), as Go's case folding has it.
func foldPrefix(text, word string) int {
	i := 0
	for j := 0; j < len(word); j++ {
		switch {
		case i < len(text) && text[i]|0x20 == word[j]:
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

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
// shape. At each byte it tries the pattern's alternatives in its order of preference
// (the modifier first: the greedy ?).
func weekdayLocs(text string) [][]int {
	return allLocs(text, weekdayAt)
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
		if q := spacesEnd(text, p); q > p { // \s+, greedy: fewer spaces leave a space where [A-Z] must be
			if day, end := weekdayWordAt(text, q); end > 0 {
				return []int{s, end, s, p, q, day}
			}
		}
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

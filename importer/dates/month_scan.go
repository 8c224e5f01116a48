package dates

import "strings"

// monthOnlyPattern is what monthOnlyLocs finds, written as a regexp: a word of a month's
// shape (monthWord: any capitalised word, which the scan checks), with the preposition or
// modifier before it in any case, "early", "late" or "mid" before it, and "this year",
// "last year" or "next year" after it. The tests hold monthOnlyLocs to it.
const monthOnlyPattern = `(?:\b((?i:in|since|during|until|till|by|from|through|last|next|this|of|before|after|a|an|the|their|its|his|her))\s+)?` +
	`\b((?i:early|late|mid)[ -])?(` + monthWord + `)\b(?:\s+(this|last|next)\s+year\b)?`

// monthOnlyLocs returns what regexp.MustCompile(monthOnlyPattern).FindAllStringSubmatchIndex
// returns (the match, the preposition, "early" with its space or hyphen, the month, the
// word before "year"; -1 for a part left out), found by hand: the pattern matches every
// capitalised word of a window with a month in it, and Go's backtracker resets its state
// for each.
func monthOnlyLocs(text string) [][]int {
	return allLocs(text, monthOnlyAt)
}

// monthOnlyAt returns the match of monthOnlyPattern that starts at text[s], or nil: with
// a preposition first (the greedy ?), each in the pattern's order, else without.
func monthOnlyAt(text string, s int) []int {
	if !boundaryAt(text, s) { // the first \b with a preposition, the second without
		return nil
	}
	for _, lead := range []string{"in", "since", "during", "until", "till", "by", "from", "through", "last", "next", "this", "of", "before", "after",
		"a", "an", "the", "their", "its", "his", "her"} {
		n := foldPrefix(text[s:], lead)
		if n == 0 {
			continue
		}
		q := spacesEnd(text, s+n) // \s+, greedy: fewer spaces leave none of \b after them
		if q == s+n || !boundaryAt(text, q) {
			continue
		}
		if rest := monthRestAt(text, q); rest != nil {
			return append([]int{s, rest[0], s, s + n}, rest[1:]...)
		}
	}
	if rest := monthRestAt(text, s); rest != nil {
		return append([]int{s, rest[0], -1, -1}, rest[1:]...)
	}
	return nil
}

// monthRestAt matches ((?i:early|late|mid)[ -])?(monthWord)\b(?:\s+(this|last|next)\s+year\b)?
// at text[p], and returns the end of the match and the bounds of its three groups, or nil.
func monthRestAt(text string, p int) []int {
	for _, qual := range []string{"early", "late", "mid"} {
		n := foldPrefix(text[p:], qual)
		if n == 0 || p+n >= len(text) || text[p+n] != ' ' && text[p+n] != '-' {
			continue
		}
		m := p + n + 1
		if end := monthWordAt(text, m); end > 0 {
			stop, ts, te := yearTailAt(text, end)
			return []int{stop, p, m, m, end, ts, te}
		}
	}
	if end := monthWordAt(text, p); end > 0 {
		stop, ts, te := yearTailAt(text, end)
		return []int{stop, -1, -1, p, end, ts, te}
	}
	return nil
}

// monthWordAt matches monthWord and the \b after it at text[p], and returns its end, or 0:
// a capital and two to eight small letters, with no letter, digit or underscore after.
func monthWordAt(text string, p int) int {
	if p >= len(text) || text[p] < 'A' || text[p] > 'Z' {
		return 0
	}
	end := p + 1
	for end < len(text) && text[end] >= 'a' && text[end] <= 'z' {
		end++
	}
	if n := end - p - 1; n < 2 || n > 8 || !boundaryAt(text, end) {
		return 0 // fewer letters of the greedy {2,8} leave a letter after them: no \b
	}
	return end
}

// yearTailAt matches (?:\s+(this|last|next)\s+year\b)? at text[e] and returns the end of
// the match and the bounds of the word before "year" (-1, -1 without it).
func yearTailAt(text string, e int) (int, int, int) {
	if q := spacesEnd(text, e); q > e {
		for _, w := range []string{"this", "last", "next"} {
			if !strings.HasPrefix(text[q:], w) {
				continue
			}
			r := spacesEnd(text, q+len(w))
			if r > q+len(w) && strings.HasPrefix(text[r:], "year") && boundaryAt(text, r+len("year")) {
				return r + len("year"), q, q + len(w)
			}
		}
	}
	return e, -1, -1
}

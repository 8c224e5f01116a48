package clean

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// prefixSet holds what every match of an anchored pattern starts with: its first k runes,
// or the whole match when it is shorter. Most paragraphs open with a capital, which most
// furniture patterns may start with too ("The", "He", "Ann" pass the first-rune filter of
// patterns that know "This article", "Handout" or "Agence France-Presse"); their first
// two or three runes tell them apart, and Go's regexp otherwise prepares its matcher for
// the whole paragraph before it fails on the second word.
type prefixSet struct {
	k     int
	full  map[string]struct{} // the first k runes of the matches of k runes or more
	short map[string]struct{} // the matches shorter than k runes, whole
}

// prefixLimit bounds the strings a set is built of: a pattern whose prefixes are more
// (letter classes, \w) keeps only its first-rune filter.
const prefixLimit = 2048

// classLimit bounds the runes of a class a set is built with: larger ones (letters,
// capitals, negated classes) would soon fill the set, and building them first costs more
// than the filter saves.
const classLimit = 256

// newPrefixSet returns the prefix set of a pattern anchored at the start, with the
// longest k (3 or 2) whose set stays under prefixLimit, and ok false when there is none
// (any rune, large classes).
func newPrefixSet(re *syntax.Regexp) (prefixSet, bool) {
	for k := 3; k >= 2; k-- {
		set, ok := prefixesOf(re, k)
		if _, empty := set[""]; empty {
			return prefixSet{}, false // a match may be empty: every text passes
		}
		if !ok {
			continue
		}
		p := prefixSet{k: k, full: map[string]struct{}{}, short: map[string]struct{}{}}
		for s := range set {
			if utf8.RuneCountInString(s) == k {
				p.full[s] = struct{}{}
			} else {
				p.short[s] = struct{}{}
			}
		}
		return p, true
	}
	return prefixSet{}, false
}

// mayStart reports whether a match may start s: its first k runes are the start of a
// match, or a shorter start of s is a whole match. Invalid UTF-8 in the first runes is
// left to the pattern (it reads such a byte as U+FFFD, which the set spells otherwise).
func (p prefixSet) mayStart(s string) bool {
	i := 0
	for range p.k {
		if len(p.short) > 0 {
			if _, ok := p.short[s[:i]]; ok {
				return true
			}
		}
		if i == len(s) {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return true
		}
		i += size
	}
	_, ok := p.full[s[:i]]
	return ok
}

// runeSet is a set of strings of at most k runes: shorter ones are whole matches, those
// of k runes the starts of longer ones.
type runeSet map[string]struct{}

// prefixesOf returns the prefix set of re with k runes, and ok false when it cannot be
// told or exceeds prefixLimit. Empty-width assertions (^, $, \b) are read as always true:
// the set may hold more than the matches' starts, never less.
func prefixesOf(re *syntax.Regexp, k int) (runeSet, bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return runeSet{}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return runeSet{"": {}}, true
	case syntax.OpLiteral:
		out := runeSet{"": {}}
		for _, r := range re.Rune {
			one := runeSet{string(r): {}}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					one[string(f)] = struct{}{}
				}
			}
			var ok bool
			if out, ok = concatSets(out, one, k); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > classLimit {
			return nil, false
		}
		out := runeSet{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out[string(r)] = struct{}{}
			}
		}
		return out, true
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0], k)
	case syntax.OpConcat:
		out := runeSet{"": {}}
		for _, sub := range re.Sub {
			// What follows the shortest start so far is all that is left to read.
			need := k - shortest(out)
			if need <= 0 {
				break
			}
			set, ok := prefixesOf(sub, need)
			if !ok {
				return nil, false
			}
			if out, ok = concatSets(out, set, k); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		out := runeSet{}
		for _, sub := range re.Sub {
			set, ok := prefixesOf(sub, k)
			if !ok || !addAll(out, set) {
				return nil, false
			}
		}
		return out, true
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		return repeatSet(re, k)
	}
	return nil, false // any rune, or an operator not handled
}

// repeatSet is prefixesOf for the repetitions. Strings stop at k runes, so k copies of a
// set give what any more copies would: repetitions are unrolled k times at most.
func repeatSet(re *syntax.Regexp, k int) (runeSet, bool) {
	sub, ok := prefixesOf(re.Sub[0], k)
	if !ok {
		return nil, false
	}
	least, most := 0, -1
	switch re.Op {
	case syntax.OpQuest:
		most = 1
	case syntax.OpPlus:
		least = 1
	case syntax.OpRepeat:
		least, most = re.Min, re.Max
	}
	out := runeSet{"": {}}
	for range min(least, k) {
		if out, ok = concatSets(out, sub, k); !ok {
			return nil, false
		}
	}
	optional := runeSet{"": {}}
	addAll(optional, sub)
	extra := k
	if most >= 0 {
		extra = min(most-least, k)
	}
	for range extra {
		if out, ok = concatSets(out, optional, k); !ok {
			return nil, false
		}
	}
	return out, true
}

// concatSets returns the starts of a string of a followed by one of b, cut at k runes.
func concatSets(a, b runeSet, k int) (runeSet, bool) {
	out := runeSet{}
	for x := range a {
		n := utf8.RuneCountInString(x)
		if n >= k {
			out[x] = struct{}{}
			continue
		}
		for y := range b {
			xy := x + y
			if utf8.RuneCountInString(xy) > k {
				xy = headRunes(xy, k)
			}
			out[xy] = struct{}{}
		}
		if len(out) > prefixLimit {
			return nil, false
		}
	}
	return out, len(out) <= prefixLimit
}

// shortest returns the rune count of the shortest string of a.
func shortest(a runeSet) int {
	n := -1
	for s := range a {
		if c := utf8.RuneCountInString(s); n < 0 || c < n {
			n = c
		}
	}
	return max(n, 0)
}

// addAll adds b to a and reports whether a stays under prefixLimit.
func addAll(a, b runeSet) bool {
	for s := range b {
		a[s] = struct{}{}
	}
	return len(a) <= prefixLimit
}

// headRunes returns the first k runes of s.
func headRunes(s string, k int) string {
	i := 0
	for range k {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

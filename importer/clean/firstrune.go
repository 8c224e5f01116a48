package clean

import (
	"cmp"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// anchored is a pattern anchored at the start of the text ("^...") with the set of runes
// every match starts with. Go's regexp prepares its matcher for the whole paragraph before
// it looks at the first rune, so a paragraph that starts with any other rune is answered
// without it: most paragraphs, for the furniture patterns.
type anchored struct {
	re     *regexp.Regexp
	filter bool      // false when a match may start with any rune or be empty
	ascii  [2]uint64 // the ASCII first runes, a bit each
	first  []rune    // the others, as sorted, disjoint inclusive ranges (lo, hi pairs)
	starts bool      // whether heads holds the pattern's first runes (prefixset.go)
	heads  prefixSet
	// parts, when the pattern is too large for Go's backtracker, are patterns that are
	// not, each with filters of its own, which MatchString asks (newAnchoredAlts).
	parts []anchored
}

// newAnchored compiles expr, a pattern that starts with "^".
func newAnchored(expr string) anchored {
	a := anchored{re: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || !startsAnchored(re.Simplify()) {
		return a // no filter: the pattern may start anywhere
	}
	a.heads, a.starts = newPrefixSet(re.Simplify())
	set, ok := firstRunes(re.Simplify())
	if !ok {
		return a
	}
	a.filter = true
	for _, rg := range mergeRanges(set) {
		for r := rg[0]; r <= rg[1] && r < utf8.RuneSelf; r++ {
			a.ascii[r/64] |= 1 << (r % 64)
		}
		if rg[1] >= utf8.RuneSelf {
			a.first = append(a.first, max(rg[0], utf8.RuneSelf), rg[1])
		}
	}
	return a
}

// mergeRanges sorts inclusive ranges (lo, hi pairs) and joins those that overlap or touch.
func mergeRanges(set []rune) [][2]rune {
	var rs [][2]rune
	for i := 0; i+1 < len(set); i += 2 {
		rs = append(rs, [2]rune{set[i], set[i+1]})
	}
	slices.SortFunc(rs, func(a, b [2]rune) int { return cmp.Compare(a[0], b[0]) })
	var out [][2]rune
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1]+1 {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// startsAnchored reports a pattern whose every match starts at the start of the text.
func startsAnchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return startsAnchored(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startsAnchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !startsAnchored(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// MatchString is a.re.MatchString(s).
func (a anchored) MatchString(s string) bool {
	if !a.mayMatch(s) {
		return false
	}
	if a.parts == nil {
		return a.re.MatchString(s)
	}
	for _, p := range a.parts {
		if p.MatchString(s) {
			return true
		}
	}
	return false
}

// FindStringIndex is a.re.FindStringIndex(s).
func (a anchored) FindStringIndex(s string) []int {
	if !a.mayMatch(s) {
		return nil
	}
	return a.re.FindStringIndex(s)
}

// FindStringSubmatch is a.re.FindStringSubmatch(s).
func (a anchored) FindStringSubmatch(s string) []string {
	if !a.mayMatch(s) {
		return nil
	}
	return a.re.FindStringSubmatch(s)
}

// mayMatch reports whether a match of a may start s, by its first runes: false means
// there is none. Go's backtracker clears a bit per instruction and byte of the text before
// it tries the first rune, so even a pattern anchored at the start costs in proportion to
// the paragraph it fails on.
func (a anchored) mayMatch(s string) bool {
	if a.filter && s != "" && !a.mayStart(s) {
		return false
	}
	return !a.starts || a.heads.mayStart(s)
}

// mayStart reports whether a match may start with the first rune of s (not empty).
func (a anchored) mayStart(s string) bool {
	if b := s[0]; b < utf8.RuneSelf {
		return a.ascii[b/64]&(1<<(b%64)) != 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	// The first range whose end is at or after r holds r when its start is too.
	i := sort.Search(len(a.first)/2, func(i int) bool { return a.first[2*i+1] >= r })
	return i < len(a.first)/2 && a.first[2*i] <= r
}

// firstRunes returns the ranges of runes that a non-empty match of re starts with, and
// ok false when re may match the empty string or start with any rune (then nothing can
// be skipped). Empty-width assertions (^, \b) are transparent: they consume nothing.
func firstRunes(re *syntax.Regexp) (set []rune, ok bool) {
	set, nullable, known := first(re)
	if nullable || !known {
		return nil, false
	}
	return set, true
}

// first returns the first-rune ranges of re, whether re can match empty, and known false
// when the ranges cannot be told (any rune, an operator not handled).
func first(re *syntax.Regexp) (set []rune, nullable, known bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		r := re.Rune[0]
		set = []rune{r, r}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set = append(set, f, f)
			}
		}
		return set, false, true
	case syntax.OpCharClass:
		return append([]rune(nil), re.Rune...), false, true
	case syntax.OpCapture:
		return first(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _, known = first(re.Sub[0])
		return set, true, known
	case syntax.OpPlus:
		return first(re.Sub[0])
	case syntax.OpRepeat:
		set, nullable, known = first(re.Sub[0])
		return set, nullable || re.Min == 0, known
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, n, k := first(sub)
			if !k {
				return nil, false, false
			}
			set = append(set, s...)
			if !n {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, n, k := first(sub)
			if !k {
				return nil, false, false
			}
			set = append(set, s...)
			nullable = nullable || n
		}
		return set, nullable, true
	}
	return nil, false, false // any character, or an operator not handled
}

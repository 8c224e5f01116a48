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
	// second holds, for each ASCII first rune, the runes a match may go on with; nil
	// when the pattern's openings are too many to list.
	second *[utf8.RuneSelf]runeSet
}

// runeSet is a set of runes: ASCII ones a bit each, the others as sorted, disjoint
// inclusive ranges (lo, hi pairs); all holds every rune.
type runeSet struct {
	all   bool
	ascii [2]uint64
	wide  []rune
}

// add puts the inclusive ranges (lo, hi pairs) of set into s; call s.done after the last.
func (s *runeSet) add(set []rune) {
	for i := 0; i+1 < len(set); i += 2 {
		for r := set[i]; r <= set[i+1] && r < utf8.RuneSelf; r++ {
			s.ascii[r/64] |= 1 << (r % 64)
		}
		if set[i+1] >= utf8.RuneSelf {
			s.wide = append(s.wide, max(set[i], utf8.RuneSelf), set[i+1])
		}
	}
}

// done sorts and joins the wide ranges.
func (s *runeSet) done() {
	var out []rune
	for _, rg := range mergeRanges(s.wide) {
		out = append(out, rg[0], rg[1])
	}
	s.wide = out
}

// has reports r in s.
func (s *runeSet) has(r rune) bool {
	if s.all {
		return true
	}
	if r < utf8.RuneSelf {
		return s.ascii[r/64]&(1<<(r%64)) != 0
	}
	// The first range whose end is at or after r holds r when its start is too.
	i := sort.Search(len(s.wide)/2, func(i int) bool { return s.wide[2*i+1] >= r })
	return i < len(s.wide)/2 && s.wide[2*i] <= r
}

// newAnchored compiles expr, a pattern that starts with "^".
func newAnchored(expr string) anchored {
	a := anchored{re: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || !startsAnchored(re.Simplify()) {
		return a // no filter: the pattern may start anywhere
	}
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
	if seqs, ok := openings(re.Simplify()); ok {
		a.second = secondRunes(seqs)
	}
	return a
}

// secondRunes tabulates openings by their ASCII first rune: what may follow it.
func secondRunes(seqs []opening) *[utf8.RuneSelf]runeSet {
	var t [utf8.RuneSelf]runeSet
	for _, q := range seqs {
		if len(q) == 0 {
			return nil // a match may be empty: any text may match
		}
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if !inRanges(q[0], c) {
				continue
			}
			if len(q) == 1 {
				t[c].all = true
			} else {
				t[c].add(q[1])
			}
		}
	}
	for c := range t {
		t[c].done()
	}
	return &t
}

// inRanges reports r in inclusive ranges (lo, hi pairs), in any order.
func inRanges(set []rune, r rune) bool {
	for i := 0; i+1 < len(set); i += 2 {
		if set[i] <= r && r <= set[i+1] {
			return true
		}
	}
	return false
}

// opening is the first one or two runes a match may start with, each as inclusive ranges
// (lo, hi pairs); one that is shorter than two leaves what follows open.
type opening [][]rune

// maxOpenings bounds the openings listed for one pattern: past it, no second-rune filter.
const maxOpenings = 4096

// openings returns every opening of two runes (or fewer, where a match may end or anything
// may follow) that the matches of re may start with: a superset, never missing one. ok is
// false when they are too many or an operator is not handled.
func openings(re *syntax.Regexp) (out []opening, ok bool) {
	empty := []opening{{}}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return empty, true // consumes nothing (an assertion only narrows what matches)
	case syntax.OpLiteral:
		var q opening
		for _, r := range re.Rune[:min(2, len(re.Rune))] {
			set := []rune{r, r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					set = append(set, f, f)
				}
			}
			q = append(q, set)
		}
		return []opening{q}, true
	case syntax.OpCharClass:
		return []opening{{re.Rune}}, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return []opening{{{0, unicode.MaxRune}}}, true
	case syntax.OpCapture:
		return openings(re.Sub[0])
	case syntax.OpConcat:
		out = empty
		for _, sub := range re.Sub {
			next, ok := openings(sub)
			if !ok {
				return nil, false
			}
			if out, ok = joinOpenings(out, next); !ok {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			next, ok := openings(sub)
			if !ok || len(out)+len(next) > maxOpenings {
				return nil, false
			}
			out = append(out, next...)
		}
		return out, true
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		// Two runes are read from at most two repetitions: x then (nothing or x).
		x, ok := openings(re.Sub[0])
		if !ok {
			return nil, false
		}
		if re.Op == syntax.OpRepeat && re.Max == 0 {
			return empty, true
		}
		once := x
		if re.Op != syntax.OpQuest && !(re.Op == syntax.OpRepeat && re.Max == 1) {
			if once, ok = joinOpenings(x, append(slices.Clone(empty), x...)); !ok {
				return nil, false
			}
		}
		if re.Op == syntax.OpQuest || re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			once = append(slices.Clone(empty), once...)
		}
		return once, true
	}
	return nil, false
}

// joinOpenings returns the openings of a match of a followed by one of b, cut to two runes.
func joinOpenings(a, b []opening) ([]opening, bool) {
	var out []opening
	for _, p := range a {
		if len(p) >= 2 {
			out = append(out, p)
			continue
		}
		for _, q := range b {
			joined := append(slices.Clone(p), q...)
			out = append(out, joined[:min(2, len(joined))])
		}
		if len(out) > maxOpenings {
			return nil, false
		}
	}
	return out, true
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
	if a.filter && s != "" && !a.mayStart(s) {
		return false
	}
	if a.second != nil && len(s) > 1 && s[0] < utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[1:])
		if !a.second[s[0]].has(r) {
			return false
		}
	}
	return a.re.MatchString(s)
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

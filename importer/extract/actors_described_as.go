package extract

import (
	"slices"
	"strings"

	"hotline/importer/extract/tokens"
)

// describedAs returns the person named last before token pos whom the article described
// with noun: before the name, "Indonesian researcher with Human Rights Watch Andreas
// Harsono", in an apposition after it, "X, a professor at Y,", or by the role the text gave
// them. -1 when no one was described so (an unnamed researcher stays no one's).
func (r *resolver) describedAs(noun string, pos int) int {
	s := r.s
	best, bestPos := -1, -1
	for ai, a := range r.actors {
		if a.kind != "person" {
			continue
		}
		for _, mi := range a.mentions {
			o := s.mentions[mi]
			if o.kind != mPerson || o.from >= pos || o.from <= bestPos {
				continue
			}
			from := max(s.contextStart(o.from)-4, s.sents[o.sent].from)
			near := slices.ContainsFunc(s.toks[from:o.from], func(t tokens.Token) bool { return t.Low == noun })
			for _, k := range s.appositionWords(o) {
				near = near || s.toks[k].Low == noun
			}
			if near || slices.Contains(strings.Fields(strings.ToLower(a.role)), noun) {
				best, bestPos = ai, o.from
			}
		}
	}
	return best
}

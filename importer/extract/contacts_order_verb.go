package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// orderVerbAfter returns the verb right after a contact noun that sets it in time beside
// another event, "The meeting followed a phone call between A and B on Sunday", "The
// talks came a day after a call between A and B", "Their meeting preceded a dinner with
// C" (words class order-verb; "came" with a word of order after it), or -1. The noun, the
// verb's subject, is a contact told before or none: the parties named after the verb are
// the other event's, never the noun's.
func (s *scan) orderVerbAfter(c clause, tr trigger) int {
	if !tr.noun {
		return -1
	}
	for k := tr.to; k < c.to && k < tr.to+3; k++ {
		w := s.toks[k].Low
		if s.toks[k].Kind != tokens.Word || s.inQuote[k] != s.inQuote[tr.at] {
			return -1
		}
		if !s.gaz.In(lexicon.OrderVerb, w) {
			continue
		}
		if s.gaz.In(lexicon.Follows, w) || s.gaz.In(lexicon.Precedes, w) {
			return k
		}
		for j := k + 1; j < c.to && j <= k+4; j++ {
			if v := s.toks[j].Low; s.gaz.In(lexicon.Follows, v) || s.gaz.In(lexicon.Precedes, v) {
				return k // "came a day after", "came hours before"
			}
		}
		return -1
	}
	return -1
}

// partiesBefore keeps of a noun's parties those named before token v, the verb that sets
// it beside another event (orderVerbAfter): "The meeting between A and B followed a call
// between C and D" keeps A and B; "The meeting followed a call between C and D" keeps none.
func (s *scan) partiesBefore(at []int, from, v int, p *parts) {
	before := map[int]bool{}
	for k := from; k < v; k++ {
		if mi := at[k]; mi >= 0 && s.mentions[mi].actor >= 0 {
			before[s.mentions[mi].actor] = true
		}
	}
	keep := func(as []int) []int {
		var out []int
		for _, a := range as {
			if before[a] {
				out = append(out, a)
			}
		}
		return out
	}
	p.subj, p.obj = keep(p.subj), keep(p.obj)
}

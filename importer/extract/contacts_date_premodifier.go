package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// A day in the possessive before a contact noun ("Tuesday's call", "during Wednesday's
// meeting") dates that noun and no contact word before it (triggerBetween): "X and Y agreed to more
// talks during Tuesday's call" tells talks ahead with no day and a call held on Tuesday.
// And a contact noun that is the occasion of a verb told in the past ("agreed ... during
// Tuesday's call", "discussed trade in the March 2 call") took place: its status is told,
// so that a contact told ahead in the same clause, of the same parties, is not the same.

// premodified returns the trigger of ts that a date in the possessive right before it
// dates ("Tuesday's call", "Monday's phone call"): that contact owns the day, whichever
// contact word stands nearer before it.
func (s *scan) premodified(ts []trigger, d dateExpr) (trigger, bool) {
	if d.to >= len(s.toks) || s.toks[d.to].Kind != tokens.Poss {
		return trigger{}, false
	}
	for _, o := range ts {
		if o.at > d.to && o.at <= d.to+3 && !hasPunct(s, d.to, o.at) {
			return o, true
		}
	}
	return trigger{}, false
}

// pastOccasion reports a contact noun that is the occasion of a verb told in the past, by
// an occasion preposition before it past its determiner, its day and its medium words
// ("agreed to more talks during Tuesday's call", "discussed trade in a call Wednesday
// evening"), the verb the nearest before the preposition in the clause with no modal or
// word of schedule between: "will discuss trade during Tuesday's call" is ahead.
func (s *scan) pastOccasion(tr trigger, c clause) bool {
	if !tr.noun || strings.Contains(tr.name, "invit") {
		return false // "arrived in Lagos at the invitation of Y": a visit asked for, no occasion
	}
	k := tr.at - 1
	for k > c.from && tr.at-k <= 4 && !occasionCase(s.toks[k].Low) {
		t := s.toks[k]
		if t.Kind != tokens.Poss && t.Kind != tokens.Word {
			return false
		}
		k--
	}
	if k <= c.from || !occasionCase(s.toks[k].Low) {
		return false
	}
	for j := k - 1; j >= c.from; j-- {
		t := s.toks[j]
		if t.Kind == tokens.Punct || isBeVerb(t.Low) || t.Low == "to" && j+1 < k && !s.toks[j+1].Cap && !isDeterminer(s.toks[j+1].Low) && s.toks[j+1].Low != "more" {
			return false // "expected to discuss trade during the call"
		}
		if t.Kind == tokens.Word && !t.Cap && (s.tokIn(lexicon.Past, j) || strings.HasSuffix(t.Low, "ed")) {
			return true // "agreed to more talks during Tuesday's call"
		}
		if s.tokIn(lexicon.Schedule, j) || s.tokIn(lexicon.Proposal, j) {
			return false // "will discuss trade during Tuesday's call"
		}
	}
	return false
}

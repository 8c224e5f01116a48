package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// orgHolder returns the person an attribution's definite role in a body stands for
// (`," the UN chief told reporters`, `the NATO secretary general said`, `the IAEA head
// said`, `the Commission president said` after the European Commission): the person
// the article named before with that body beside the name, as a title before it ("UN
// Secretary-General Antonio Guterres", "IAEA chief Rafael Grossi") or in an apposition
// after it ("Rafael Grossi, the head of the IAEA,"), the nearest. "A UN
// spokesman" or "a NATO official" is anyone of the body and keeps the body; -1 when the
// attribution names no such role or the article no such person before.
func (r *resolver) orgHolder(at []int, a attribution) int {
	s := r.s
	if a.speaker < 0 && a.found && a.from >= 0 {
		return r.possessiveOrgHolder(at, a)
	}
	if a.speaker < 0 || r.actors[a.speaker].kind != "organization" || a.from < 0 {
		return -1
	}
	for k := a.from; k < a.to && k < len(s.toks); k++ {
		if at[k] < 0 || s.mentions[at[k]].actor != a.speaker {
			continue
		}
		m := s.mentions[at[k]]
		if !s.definiteBody(m) || !s.roleAfterOrg(m.to) {
			k = m.to - 1
			continue
		}
		return r.holderBefore(at, m)
	}
	return -1
}

// possessiveOrgHolder returns the person an attribution names as the definite holder of a
// role in a body through the body's possessive (`," the IAEA's chief said`, `the
// alliance's secretary general said`), as orgHolder does for "the IAEA chief": the
// possessor is no speaker, so the attribution found none; -1 when there is no such
// possessive or no such person named before.
func (r *resolver) possessiveOrgHolder(at []int, a attribution) int {
	s := r.s
	for k := a.from; k < a.to && k < len(s.toks); k++ {
		if at[k] < 0 || s.mentions[at[k]].actor < 0 {
			continue
		}
		m := s.mentions[at[k]]
		k = m.to - 1
		if r.actors[m.actor].kind != "organization" || !s.possessive(m) {
			continue
		}
		if s.definiteBody(m) && s.roleAfterOrg(m.to+1) {
			return r.holderBefore(at, m)
		}
	}
	return -1
}

// definiteBody reports a body mention after "the" ("the IAEA"); a reference to a body
// named before ("the Commission", "the alliance") holds its "the" in its span.
func (s *scan) definiteBody(m mention) bool {
	return m.from > 0 && s.toks[m.from-1].Low == "the" || m.kind == mOrgRef && s.toks[m.from].Low == "the"
}

// roleAfterOrg reports a role noun that ends the words after a body's name at token j,
// with at most two lower-case words before it ("chief", "special envoy", "foreign policy
// chief", "secretary-general"), and is followed by no other noun.
func (s *scan) roleAfterOrg(j int) bool {
	for k := j; k < len(s.toks) && k < j+3; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap && k > j {
			return false
		}
		if s.gaz.In(lexicon.HolderRole, t.Low) && (k+1 >= len(s.toks) || s.toks[k+1].Kind != tokens.Word || s.gaz.IsSpeechVerb(s.toks[k+1].Low) || isSpeechAdverb(s.toks[k+1].Low)) {
			return true
		}
		if t.Cap || s.gaz.IsSpeechVerb(t.Low) {
			return false
		}
	}
	return false
}

// holderBefore returns the actor of the person named before the body mention m with the
// same body beside the name, the nearest; -1 when none.
func (r *resolver) holderBefore(at []int, m mention) int {
	s := r.s
	printed := s.text(m.from, m.to)
	sameBody := func(k int) bool {
		if k < 0 || k >= len(s.toks) {
			return false
		}
		if at[k] >= 0 && s.mentions[at[k]].actor == m.actor {
			return true
		}
		for _, o := range s.mentions {
			if o.kind == mOrg && o.actor == m.actor && o.from <= k && k < o.to {
				return true // "European Commission President Lena Dahl": the title's body, under the person's mention
			}
		}
		return s.toks[k].Text == printed
	}
	best, bestFrom := -1, -1
	for _, p := range s.mentions {
		if p.kind != mPerson || p.actor < 0 || p.from >= m.from || p.from <= bestFrom || s.inQuote[p.from] {
			continue
		}
		found := false
		for k := s.contextStart(p.from) - 1; k >= 0 && k >= s.contextStart(p.from)-2 && !found; k-- {
			found = sameBody(k) // "UN Secretary-General Antonio Guterres", "IAEA chief Rafael Grossi"
		}
		for k := s.contextStart(p.from); k < p.from && !found; k++ {
			found = sameBody(k)
		}
		if !found && p.to < len(s.toks) && s.toks[p.to].Text == "," {
			for k := p.to + 1; k < len(s.toks) && k < p.to+9 && s.toks[k].Text != "," && s.toks[k].Sent == s.toks[p.to].Sent && !found; k++ {
				found = sameBody(k) // "Rafael Grossi, the head of the IAEA,"
			}
		}
		if found {
			best, bestFrom = p.actor, p.from
		}
	}
	return best
}

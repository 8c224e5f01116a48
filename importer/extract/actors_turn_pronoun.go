package extract

// turnOther returns, for "him" or "her" in a transcript's turn whose speaker says "I"
// before it, the one other person the sentence names before the pronoun: "I spoke to X
// this morning, and I will meet him on Sunday" is X, since the speaker is no "him". -1
// otherwise.
func (r *resolver) turnOther(m *mention, named []int, p string) int {
	s := r.s
	self := false
	for i := range s.mentions {
		if o := &s.mentions[i]; o.sent == m.sent && o.from < m.from && o.rule == "actor.speaker-label" && s.toks[o.from].Text == "I" {
			self = true
		}
	}
	if !self || len(named) != 1 || !r.fits(named[0], p) {
		return -1
	}
	for _, mi := range r.actors[named[0]].mentions {
		if o := &s.mentions[mi]; o.sent == m.sent && o.from < m.from {
			return named[0]
		}
	}
	return -1
}

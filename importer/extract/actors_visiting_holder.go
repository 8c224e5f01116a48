package extract

import "hotline/importer/extract/lexicon"

// A role reference that calls its holder the visitor, "the visiting minister said", stands
// for the guest among the holders of that office: the one a host received, hosted or
// welcomed ("Y received his Kenyan counterpart X"), or who arrived or visited ("X arrived
// in Addis Ababa, where he was received by Y"), not the host named last.

// visitingHolder returns, for a role reference m after "visiting", the one person told as
// a guest among holders and the persons whose office the text leaves untold ("his Kenyan
// counterpart X"), or -1 when m is no visitor's or none or several are guests.
func (r *resolver) visitingHolder(m *mention, holders []int) int {
	s := r.s
	if len(holders) == 0 || !s.visitingBefore(m.from) {
		return -1
	}
	found := -1
	for ai, a := range r.actors {
		if a.kind != "person" || a.role != "" && !contains(holders, ai) || !r.toldAsGuest(ai) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ai
	}
	return found
}

// visitingBefore reports "visiting" among the few words before the office at token k:
// "the visiting minister", "the visiting foreign minister".
func (s *scan) visitingBefore(k int) bool {
	se := s.sents[s.toks[k].Sent]
	for j := k; j >= se.from && j >= k-3; j-- {
		if s.toks[j].Low == "visiting" {
			return true
		}
		if s.toks[j].Low == "the" {
			return false
		}
	}
	return false
}

// toldAsGuest reports a mention of actor a, outside quotations, after a verb of welcoming
// in its sentence ("received his counterpart X", "hosted X"), or before a verb of a journey
// made or a passive welcoming ("X arrived", "X was received by").
func (r *resolver) toldAsGuest(a int) bool {
	s := r.s
	for _, mi := range r.actors[a].mentions {
		m := &s.mentions[mi]
		if m.kind != mPerson || s.inQuote[m.from] {
			continue
		}
		se := s.sents[m.sent]
		for j := m.from - 1; j >= se.from && j >= m.from-6; j-- {
			if s.gaz.In(lexicon.Welcoming, s.toks[j].Low) && !(j > se.from && isBeVerb(s.toks[j-1].Low)) {
				return true
			}
		}
		for j := m.to; j < se.to && j <= m.to+2; j++ {
			w := s.toks[j].Low
			if s.gaz.In(lexicon.TripMade, w) || isBeVerb(w) && j+1 < se.to && s.gaz.In(lexicon.Welcoming, s.toks[j+1].Low) {
				return true
			}
		}
	}
	return false
}

package extract

// visitMetCountries gives a person the text names with an office or a title after a visit
// to a country in the same sentence, and whose country it does not tell, that country: a
// visitor meets the officials of the country visited ("Prabowo will visit China and meet
// leader Xi X this week", "arrived in Kyiv, where he met President Y"). It runs before the
// story's dominant country is given; the persons named before the visit are the visitors
// and keep none, and so do those no contact word stands before ("visited Israel with
// National Security Adviser Y": a companion).
func (r *resolver) visitMetCountries() {
	s := r.s
	for si, se := range s.sents {
		if r.x.furniture(s, si) {
			continue
		}
		for k := se.from; k < se.to; k++ {
			code := r.visitedAt(se, k)
			if code == "" {
				continue
			}
			for _, mni := range s.sentenceMentions(si) {
				mn := s.mentions[mni]
				if mn.sent != si || mn.kind != mPerson || mn.actor < 0 || mn.from <= k || s.inQuote[mn.from] || !mn.titled {
					continue
				}
				if a := &r.actors[mn.actor]; a.kind == "person" && a.country == "" && a.known < 0 && !r.namedBefore(mn.actor, si, k) && r.contactWordBetween(k+1, mn.from) {
					a.country = code
				}
			}
		}
	}
}

// namedBefore reports actor a named in sentence si before token k: a visitor.
func (r *resolver) namedBefore(a, si, k int) bool {
	for _, mni := range r.s.sentenceMentions(si) {
		mn := r.s.mentions[mni]
		if mn.sent == si && mn.actor == a && mn.from < k {
			return true
		}
	}
	return false
}

// contactWordBetween reports a contact verb or noun among tokens [a, b).
func (r *resolver) contactWordBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := r.s.gaz.ContactWords[r.s.toks[k].Low]; ok {
			return true
		}
	}
	return false
}

package extract

import "hotline/importer/extract/tokens"

// hostNamedNext returns the meeting of a visitor with the host the next sentence names
// beside them: "X visited Phnom Penh on Wednesday. He and Cambodian Prime Minister Y
// agreed to reopen a border crossing." The first sentence tells a journey made (words
// class trip-made) to a place, no person, and no contact; the second, in the same
// paragraph, opens with "he" or "she" standing for the visitor named there, "and" and a
// person of another country, then their predicate, and tells no contact either: what the
// two did together where the visitor went, they did in person, on the journey's day. It is
// made when sentence si, the second, has made no frame, and prevMade tells whether the
// sentence before it made one.
func (x *Extractor) hostNamedNext(r *resolver, at []int, si int, prevMade bool) (frame, bool) {
	s := r.s
	if si == 0 || prevMade || s.sents[si-1].para != s.sents[si].para {
		return frame{}, false
	}
	se := s.sents[si]
	if se.to-se.from < 4 || s.inQuote[se.from] || s.toks[se.from+1].Low != "and" {
		return frame{}, false
	}
	pm := at[se.from]
	if pm < 0 || s.mentions[pm].kind != mPronoun || s.mentions[pm].actor < 0 || !subjectPronoun(s.toks[se.from].Low) {
		return frame{}, false
	}
	visitor := s.mentions[pm].actor
	host := -1
	end := -1
	for k := se.from + 2; k < se.to && k < se.from+8; k++ {
		if mi := at[k]; mi >= 0 && s.mentions[mi].kind == mPerson && s.mentions[mi].actor >= 0 {
			host, end = s.mentions[mi].actor, s.mentions[mi].to
			break
		}
		if t := s.toks[k]; t.Kind != tokens.Word || !t.Cap {
			return frame{}, false // "He and his wife", "He and the delegation"
		}
	}
	if host < 0 || host == visitor || end >= se.to || s.toks[end].Kind != tokens.Word || s.toks[end].Cap || !r.foreignParties([]int{visitor, host}) {
		return frame{}, false // "He and Y, who ...": no predicate of the two
	}
	trip := r.tripMadeAt(si - 1)
	if trip < 0 {
		return frame{}, false
	}
	named := false
	for _, mi := range s.sentenceMentions(si - 1) {
		if a := s.mentions[mi].actor; a == host {
			return frame{}, false // the host named in the journey's sentence: a contact told there, or none
		} else if a == visitor && s.mentions[mi].kind == mPerson && s.mentions[mi].from < trip {
			named = true
		}
	}
	if !named {
		return frame{}, false
	}
	var c clause
	for _, cl := range x.splitClauses(s, si-1) {
		if cl.from <= trip && trip < cl.to {
			c = cl
		}
	}
	tr := trigger{at: trip, to: trip + 1, mode: "meeting", name: "host-named-next"}
	st, explicit, skip := s.status(c, tr, -1, x.cueOutside(s, tr))
	if skip || st != "held" {
		return frame{}, false
	}
	p := parts{subj: []int{visitor}, obj: []int{host}, light: -1}
	f := frame{sent: si - 1, tr: tr, actors: []int{visitor, host}, mode: "meeting", status: st, explicit: explicit, initiator: -1,
		rule: "contact.host-named-next", subjects: p.subj, objects: p.obj, objectsEnd: end}
	x.details(r, at, c, tr, &f, p, nil)
	r.noteFrame(c, tr, f.rule, true, "a journey made, then the visitor and "+r.actorNames([]int{host})+" named together in the next sentence: their meeting")
	return f, true
}

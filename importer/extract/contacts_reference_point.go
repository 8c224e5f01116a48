package extract

// referencePoint reports a contact noun that only marks the time of the contact told before
// it in its sentence, after a word of order: "held talks on Monday, a day before their
// formal summit", "met on Monday ahead of their summit on Tuesday". Between the same
// parties, days apart at most, the two are reported as one visit, and the noun is told
// only to place the contact in time, so it makes no second contact (referenceOf).
func (s *scan) referencePoint(tr trigger) bool {
	if !tr.noun {
		return false
	}
	from := s.sents[s.toks[tr.at].Sent].from
	k := tr.at - 1
	for k > from && k >= tr.at-3 && !isEventDeterminer(s.toks[k].Low) {
		k-- // "their formal summit", "the planned summit"
	}
	if k <= from || !isEventDeterminer(s.toks[k].Low) {
		return false
	}
	k--
	if (s.toks[k].Low == "of" || s.toks[k].Low == "to") && k > from {
		k-- // "ahead of", "prior to"
	}
	return s.anotherEventAt(k)
}

// isEventDeterminer reports a word that opens a noun phrase naming an event: "the",
// "a", or a possessive pronoun ("their summit").
func isEventDeterminer(w string) bool {
	switch w {
	case "the", "their", "a", "his", "her", "its":
		return true
	}
	return false
}

// referenceOf returns the contact frame f is only the reference point of (referencePoint):
// the contact told just before it in its sentence, with the same parties and a mode that
// agrees; nil when there is none, so that the noun makes a contact of its own.
func (r *resolver) referenceOf(last *building, f frame) *building {
	if last == nil || f.sent != last.lastSent || !modesAgree(last.mode, f.mode) || !subset(f.actors, last.parts) || !subset(last.parts, f.actors) || !r.s.referencePoint(f.tr) {
		return nil
	}
	return last
}

// toldAsTimeOf reports a contact word inside a phrase that sets another event apart in
// time, opened in its clause before it: "three days after X held a summit with Z", "a
// week before their call". The contact told before it in its sentence stays the one the
// sentences after speak of ("European leaders joined the talks later in the day"), not
// the earlier summit (merge).
func (s *scan) toldAsTimeOf(tr trigger) bool {
	from := s.sents[s.toks[tr.at].Sent].from
	for k := tr.at - 1; k >= from && k >= tr.at-8; k-- {
		if t := s.toks[k]; t.Text == "," || t.Text == ";" {
			return false
		}
		if s.anotherEventAt(k) {
			return true
		}
	}
	return false
}

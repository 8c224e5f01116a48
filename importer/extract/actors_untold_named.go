package extract

// untoldNamedBefore returns, for a role reference that names a country ("the Israeli prime
// minister") and whose office no person of the article holds, the one person named before
// it in its own sentence, else in the sentence before, outside quotations, whose office
// and country neither the text nor the lexicon tells: news varies a name with its office
// ("ahead of a meeting between Trump and Benjamin X, where the Israeli prime minister is
// expected to press him"). The reference must be a subject: "X is expected to meet the
// Czech ambassador" names someone else. It gives that person the office and the country;
// -1 when no such person or several.
func (r *resolver) untoldNamedBefore(m *mention) int {
	if m.country == "" || r.s.inQuote[m.from] || r.roleHeld(m.role) || !r.subjectRef(m) {
		return -1
	}
	for sent := m.sent; sent >= 0 && sent >= m.sent-1; sent-- {
		found, named := -1, false
		for _, oi := range r.s.sentenceMentions(sent) {
			o := r.s.mentions[oi]
			if o.sent != sent || o.kind != mPerson || o.actor < 0 || o.from >= m.from || r.s.inQuote[o.from] {
				continue
			}
			named = true
			a := r.actors[o.actor]
			if a.role != "" || a.country != "" || a.known >= 0 || found >= 0 && found != o.actor {
				if a.role == "" && a.country == "" && a.known < 0 {
					return -1 // two persons it could stand for
				}
				continue
			}
			found = o.actor
		}
		if found >= 0 {
			r.actors[found].role, r.actors[found].country = m.role, m.country
			return found
		}
		if named {
			return -1 // the persons the sentence names are told already: another is meant
		}
	}
	return -1
}

// roleHeld reports a person of the article holding role, of any country.
func (r *resolver) roleHeld(role string) bool {
	for _, a := range r.actors {
		if a.kind == "person" && (a.role == role || a.alt == role) {
			return true
		}
	}
	return false
}

// subjectRef reports a role reference that stands as a subject, not after a verb or a
// preposition: "where the Israeli prime minister is expected", "The Israeli prime
// minister will meet".
func (r *resolver) subjectRef(m *mention) bool {
	s := r.s
	k := s.contextStart(m.from)
	if k > 0 && s.toks[k-1].Low == "the" && s.toks[k-1].Sent == s.toks[k].Sent {
		k--
	}
	return !r.x.objectPosition(s, k) && !s.afterVerb(k)
}

package extract

// pronounOffices gives a person with neither office nor country the office a copula tells
// of "he" or "she" standing for them, outside quotations: "Kralik met Kone on Monday. He
// is the Czech ambassador." The description is read as after a name (rightContext); a
// country with no office is not taken from a pronoun ("He is Czech"). The pronoun opens
// its sentence or follows a comma: "a conference, where he is a speaker" tells no office.
func (r *resolver) pronounOffices() {
	s := r.s
	for _, m := range s.mentions {
		if m.kind != mPronoun || m.actor < 0 || m.epithet || s.inQuote[m.from] {
			continue
		}
		if w := s.toks[m.from].Low; w != "he" && w != "she" {
			continue
		}
		a := &r.actors[m.actor]
		if a.kind != "person" || a.role != "" || a.country != "" {
			continue
		}
		se := s.sents[m.sent]
		if m.from > se.from && s.toks[m.from-1].Text != "," {
			continue // "where he is a speaker", "that he is the Administrator": a clause inside another, not a description of the person
		}
		if _, linked := s.descriptionStart(se, m.from, m.to); !linked {
			continue
		}
		if c := r.x.rightContext(s, se, m.from, m.to); c.role != "" {
			a.role, a.country = c.role, pick(c.country, r.x.officeCountry[c.role])
		}
	}
}

package extract

// nameCountries gives a person whose country the text never states the country their name
// tells (data/namecountries.tsv): a ruling family's name ending it ("Prince Khalid bin Nawaf
// Al Saud") or an honorific one country's press puts before it ("Shri Ravi X"). It runs
// before the story's dominant country is given out: a Saudi prince visiting Cairo is no
// Egyptian.
func (r *resolver) nameCountries() {
	s := r.s
	for _, m := range s.mentions {
		a := r.untoldPerson(m)
		if a == nil {
			continue
		}
		a.country = r.x.gaz.NameCountry(a.key)
		if a.country == "" && m.from > 0 {
			a.country = r.x.gaz.HonorificCountry(s.toks[m.from-1].Low)
		}
	}
}

// untoldPerson returns the person a mention names when neither the text so far nor the
// lexicon tells their country, or nil: the rules that read a country from the text fill
// only such persons.
func (r *resolver) untoldPerson(m mention) *actor {
	if m.kind != mPerson || m.actor < 0 {
		return nil
	}
	a := &r.actors[m.actor]
	if a.kind != "person" || a.country != "" || a.known >= 0 {
		return nil
	}
	return a
}

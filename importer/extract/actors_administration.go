package extract

// administrationCountries gives a person whose country the text never states the White
// House's country when the article names a government after him ("the Ostrander
// administration", "the Ostrander administration's envoy"): news copy names the United
// States' governments so, as "an administration official" speaks for the White House.
// Other countries' governments named so ("the Marcos administration") usually come with
// the country said elsewhere, which the person keeps.
func (r *resolver) administrationCountries() {
	s := r.s
	code := r.x.gaz.Orgs[r.x.whiteHouse].Country
	for _, m := range s.mentions {
		if m.kind != mPerson || m.actor < 0 || m.to >= len(s.toks) || s.toks[m.to].Low != "administration" || !s.nameBeforeNoun(m) {
			continue
		}
		if a := &r.actors[m.actor]; a.kind == "person" && a.country == "" && a.known < 0 {
			a.country = code
		}
	}
}

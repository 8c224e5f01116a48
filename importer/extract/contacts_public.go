package extract

// withPublicParty keeps the contacts of which at least one party has a public standing in
// the text: an organization, or a person with an office or a country (from the text or the
// known-actor list). A call, dinner or chat between people the text gives neither ("I
// talked with Gary Wilson", "Brin met with Mohamed during his visit", "where he met Sue
// Atkins") is business, family or scholarship, not a diplomatic contact: a contact's
// actors are officials, and news copy names at least one side's office or country.
func (r *resolver) withPublicParty(cs []Contact) []Contact {
	var out []Contact
	for _, c := range cs {
		if r.anyPublic(c.Participants) {
			out = append(out, c)
			continue
		}
		if r.s.trace != nil {
			if k := r.s.tokenIndex()(c.Evidence.Start); k >= 0 {
				r.s.note(r.s.toks[k].Sent, "contact", c.Evidence.Rule, false, -1, -1, "no party ("+r.actorNames(c.Participants)+") has an office, a country or an organization: no diplomatic contact")
			}
		}
	}
	return out
}

// anyPublic reports whether one of the actors is an organization or a person with an
// office or a country.
func (r *resolver) anyPublic(as []int) bool {
	for _, p := range as {
		if a := r.actors[p]; a.kind == "organization" || a.role != "" || a.country != "" {
			return true
		}
	}
	return false
}

package extract

import (
	"slices"
	"strings"
)

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
		r.askKnown(c.Participants)
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
		if k, ok := r.known[r.actors[p].key]; ok && (k.Role != "" || k.Country != "") {
			return true // named bare here, but another article gave the office: "Whitaker's call with Qiao"
		}
	}
	return false
}

// askKnown notes the full names of a contact's persons, which no public standing kept,
// among the names the importer looks up (Result.Unresolved): a follow-up story names
// people the news has made known with no office ("Daniel Whitaker's call with Qiao
// Mingde"), and when the database knows each by one name with an office or a country, the
// article is extracted again with them known (Input.Known) and the contact kept.
func (r *resolver) askKnown(as []int) {
	if r.known != nil {
		return // asked already: what the importer knows it passed
	}
	for _, p := range as {
		if a := r.actors[p]; a.kind == "person" && strings.Contains(a.key, " ") && !slices.Contains(r.unresolved, a.key) {
			r.unresolved = append(r.unresolved, a.key)
		}
	}
}

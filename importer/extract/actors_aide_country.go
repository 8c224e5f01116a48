package extract

import "hotline/importer/extract/lexicon"

// aideCountries gives a person whose country is untold, named right after "aide to" or
// "adviser to", the country of the aide, the person whose apposition the words are:
// "Sergei X, head of the Russian Security Council and a close aide to President Vladimir
// Y" serves the president of his own country. It runs before the story's dominant country
// is given to office holders, which would make a foreign president the story's.
func (r *resolver) aideCountries() {
	s := r.s
	for _, m := range s.mentions {
		if m.kind != mPerson || m.actor < 0 || r.actors[m.actor].country != "" || r.actors[m.actor].known >= 0 {
			continue
		}
		k := s.contextStart(m.from) - 1
		if k > 0 && s.toks[k].Low == "the" {
			k--
		}
		if k < 1 || s.toks[k].Sent != m.sent || s.toks[k].Low != "to" || !s.gaz.In(lexicon.StaffNoun, s.toks[k-1].Low) {
			continue
		}
		if a := r.appositionOwner(m.sent, k-1); a >= 0 && a != m.actor && r.actors[a].country != "" {
			r.actors[m.actor].country = r.actors[a].country
		}
	}
}

// appositionOwner returns the actor of the person named last before token k in sentence
// sent whose name a comma follows, so that the words up to k describe them ("X, head of
// the council and a close aide to"); -1 when none.
func (r *resolver) appositionOwner(sent, k int) int {
	s := r.s
	best, from := -1, -1
	for _, oi := range s.sentenceMentions(sent) {
		o := s.mentions[oi]
		if o.sent == sent && o.kind == mPerson && o.actor >= 0 && o.to < k && o.from > from {
			best, from = o.actor, o.from
			if s.toks[o.to].Text != "," {
				best = -1
			}
		}
	}
	return best
}

// principalCountries gives a person whose country is untold, titled with an aide's office
// built on a principal's ("Senior Adviser to the Prime Minister X", "X, Chief of Staff to
// the President,": offices.tsv "{office}"),
// the country of the principal's state: the demonym before the principal's office, the
// office's own country, the government that published the story (a White House readout's
// "Assistant to the President" is American, though the guest is a president too), else
// that of the story's holders of the office, when they all share one ("British Prime
// Minister Y ... Senior Adviser to the Prime Minister X").
func (r *resolver) principalCountries(publisher string) {
	s := r.s
	for _, m := range s.mentions {
		if m.kind != mPerson || m.actor < 0 || r.actors[m.actor].country != "" || r.actors[m.actor].known >= 0 {
			continue
		}
		c := r.principalCountry(s.contextStart(m.from), m.from, m.actor, publisher)
		if c == "" && m.to+1 < len(s.toks) && s.toks[m.to].Text == "," {
			c = r.principalCountry(m.to+1, min(m.to+4, len(s.toks)), m.actor, publisher) // "X, Senior Adviser to the Prime Minister,"
		}
		if c != "" {
			r.actors[m.actor].country = c
		}
	}
}

// principalCountry returns the country of the principal of an aide's title among tokens
// [from, to), or "".
func (r *resolver) principalCountry(from, to, aide int, publisher string) string {
	s := r.s
	for k := from; k < to; k++ {
		o, ok := s.matchOf(k)
		if !ok || o.Kind != lexicon.PhraseOffice || o.Principal < 0 {
			continue
		}
		if o.Country >= 0 {
			return s.gaz.Countries[o.Country].Code
		}
		p := s.gaz.Offices[o.Principal]
		if p.Country != "" {
			return p.Country
		}
		if publisher != "" {
			return publisher
		}
		country := ""
		for i, a := range r.actors {
			if i == aide || a.kind != "person" || a.role != p.Role || a.country == "" {
				continue
			}
			if country != "" && country != a.country {
				return "" // two presidents: whose aide is untold
			}
			country = a.country
		}
		return country
	}
	return ""
}

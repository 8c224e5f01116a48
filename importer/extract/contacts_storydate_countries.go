package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Wire copy often leads with the states rather than their people: "Norway and Uzbekistan
// pledged on Tuesday to deepen energy ties", then "Foreign Minister X met President Y in
// Tashkent". The lead's day is the day of a held contact between persons of those states
// as much as if it had named them (rule date.story).

// leadCountries returns the countries that are the whole subject of sentence si, two or
// more joined by "and" or commas and followed by a lower-case word ("Norway and Uzbekistan
// pledged"), or nil.
func (s *scan) leadCountries(si int) map[string]bool {
	se := s.sents[si]
	out := map[string]bool{}
	j := se.from
	for j < se.to {
		if m, ok := s.matchOf(j); ok && m.Kind == lexicon.PhraseCountry && m.From == j {
			out[s.gaz.Countries[m.Idx].Code] = true
			j = m.To
			continue
		}
		if s.toks[j].Low != "and" && s.toks[j].Text != "," {
			break
		}
		j++
	}
	if len(out) < 2 || j >= se.to || s.toks[j].Kind != tokens.Word || s.toks[j].Cap {
		return nil
	}
	return out
}

// countryParties maps the actors that serve one of the lead's subject countries to their
// country, for a story whose lead has such a subject.
func (r *resolver) countryParties(st story) map[int]string {
	if !st.ok {
		return nil
	}
	cs := r.s.leadCountries(r.s.toks[st.date.from].Sent)
	if cs == nil {
		return nil
	}
	out := map[int]string{}
	for a, ac := range r.actors {
		if ac.kind == "person" && cs[ac.country] {
			out[a] = ac.country
		}
	}
	return out
}

// ofLeadCountries reports parties that all serve the lead's subject countries and
// between them more than one of those.
func (st story) ofLeadCountries(parts []int) bool {
	if len(st.countryOf) == 0 || len(parts) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, p := range parts {
		c, ok := st.countryOf[p]
		if !ok {
			return false
		}
		seen[c] = true
	}
	return len(seen) > 1
}

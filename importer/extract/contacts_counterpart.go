package extract

import "hotline/importer/extract/lexicon"

// unnamedCounterpart resolves "his Chinese counterpart" after a contact word when the
// clause does not name him: the one person of the article from that country whose office
// matches the subject's (a foreign minister for a secretary of state, a leader for a
// leader); -1 when none or several fit.
func (r *resolver) unnamedCounterpart(c clause, tr trigger, subj int) int {
	s := r.s
	code := ""
	for k := tr.to; k < c.to && k < tr.to+8; k++ {
		if s.toks[k].Low != "counterpart" {
			continue
		}
		if m, ok := s.matchOf(k - 1); ok && m.To == k && (m.Kind == lexicon.PhraseDemonym || m.Kind == lexicon.PhraseCountry) {
			code = r.x.gaz.Countries[m.Idx].Code
		}
		break
	}
	if code == "" {
		return -1
	}
	family := r.x.gaz.OfficeFamily(r.actors[subj].role)
	found := -1
	for i, a := range r.actors {
		if i == subj || a.kind != "person" || a.country != code || family == "" || r.x.gaz.OfficeFamily(a.role) != family {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

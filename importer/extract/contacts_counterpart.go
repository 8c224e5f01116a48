package extract

import "hotline/importer/extract/lexicon"

// unnamedCounterparts resolves "his Chinese counterpart" after a contact word when the
// clause does not name him: the one person of the article from that country whose office
// matches the subject's (a foreign minister for a secretary of state, a leader for a
// leader); "his US and Iranian counterparts" so each. Nil when a country finds none or
// several.
func (r *resolver) unnamedCounterparts(c clause, tr trigger, subj int) []int {
	s := r.s
	var codes []string
	for k := tr.to; k < c.to && k < tr.to+10; k++ {
		if w := s.toks[k].Low; w != "counterpart" && w != "counterparts" {
			continue
		}
		for j := k - 1; j > tr.to; {
			m, ok := s.matchOf(j)
			if !ok || m.To != j+1 || m.Kind != lexicon.PhraseDemonym && m.Kind != lexicon.PhraseCountry {
				break
			}
			codes = append(codes, r.x.gaz.Countries[m.Idx].Code)
			j = m.From - 1
			if s.toks[k].Low == "counterpart" || j <= tr.to || s.toks[j].Low != "and" && s.toks[j].Text != "," {
				break // one country for "counterpart"; a list joined by "and" for "counterparts"
			}
			j--
		}
		if s.toks[k].Low == "counterparts" && len(codes) < 2 {
			return nil // "his European counterparts": unnamed people
		}
		break
	}
	if len(codes) == 0 {
		return nil
	}
	var out []int
	for _, code := range codes {
		found := r.counterpartOf(subj, code)
		if found < 0 {
			return nil
		}
		out = append(out, found)
	}
	return out
}

// counterpartWithSubject returns the person "and his Chinese counterpart" stands for right
// after the subject's mention (tokens [from, end)): "Blinken and his Chinese counterpart
// held talks"; -1 when none.
func (r *resolver) counterpartWithSubject(from, end, subj int) int {
	s := r.s
	if end-from < 4 || end-from > 6 || s.toks[from].Low != "and" || s.toks[from+1].Low != "his" && s.toks[from+1].Low != "her" || s.toks[end-1].Low != "counterpart" {
		return -1
	}
	m, ok := s.matchOf(end - 2)
	if !ok || m.To != end-1 || m.From != from+2 || m.Kind != lexicon.PhraseDemonym && m.Kind != lexicon.PhraseCountry {
		return -1
	}
	return r.counterpartOf(subj, r.x.gaz.Countries[m.Idx].Code)
}

package extract

import "hotline/importer/extract/lexicon"

// homeCountries gives an office holder whose country the text never states the country
// the article is about, when one country clearly dominates it: "President William Ruto
// held talks" in a Kenyan story, "Prime Minister Jose Maria Aznar" in a story about Spain.
// The dominant country is the one named (by name or demonym, outside furniture and
// quotations) at least three times and at least twice as often as any other. Only holders
// of national offices get it; envoys, UN officials and people without an office do not.
func (r *resolver) homeCountries() {
	s := r.s
	count := map[string]int{}
	for si := range s.sents {
		if r.x.furniture(s, si) {
			continue
		}
		se := s.sents[si]
		for k := se.from; k < se.to; k++ {
			m, ok := s.matchOf(k)
			if !ok || m.From != k || s.inQuote[k] || m.Kind != lexicon.PhraseCountry && m.Kind != lexicon.PhraseDemonym {
				continue
			}
			count[r.x.gaz.Countries[m.Idx].Code]++
			k = m.To - 1
		}
	}
	home, first, second := "", 0, 0
	for code, n := range count {
		switch {
		case n > first || n == first && code < home:
			home, first, second = code, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first < 3 || first < 2*second {
		return
	}
	for i := range r.actors {
		a := &r.actors[i]
		if a.kind == "person" && a.country == "" && a.known < 0 && r.x.gaz.IsNationalOffice(a.role) {
			a.country = home
		}
	}
}

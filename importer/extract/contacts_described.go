package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// describedParties reads a subject named by description, not by name, right before token
// end: "The Russian and North Korean leaders held talks", "the Chinese and American
// foreign ministers met". Each demonym (or country name) goes to the person of the
// article from that country whose role fits the plural noun; nil unless every country
// finds exactly one such person.
func (r *resolver) describedParties(c clause, end int) []int {
	s := r.s
	k := end - 1
	if k <= c.from {
		return nil
	}
	var fits func(string) bool
	if k-1 > c.from && s.toks[k-1].Kind == tokens.Word && !s.toks[k-1].Cap { // "foreign ministers", "defence ministers"
		if fits = r.x.gaz.PluralRole(s.toks[k-1].Low + " " + s.toks[k].Low); fits != nil {
			k--
		}
	}
	if fits == nil {
		fits = r.x.gaz.PluralRole(s.toks[k].Low)
	}
	if fits == nil {
		return nil
	}
	k--
	var codes []string
	for k >= c.from {
		t := s.toks[k]
		if t.Low == "and" || t.Text == "," {
			k--
			continue
		}
		m, ok := s.matchOf(k)
		if !ok || m.To != k+1 || m.Kind != lexicon.PhraseDemonym && m.Kind != lexicon.PhraseCountry {
			break
		}
		codes = append(codes, r.x.gaz.Countries[m.Idx].Code)
		k = m.From - 1
	}
	if len(codes) < 2 {
		return nil
	}
	return r.holders(codes, fits)
}

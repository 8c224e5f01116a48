package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// orgOffice reports an office of state written in lower case that an organization owns:
// "Muslim Student Association president X" (after a name an organization noun heads) or
// "X, a representative for the county sheriff's office" (before "for", "at", "of" or
// "with" and words that name no country). Such a person is the organization's officer,
// not a president or congressman of a country, and takes no national role or country;
// "the president of France" and "Russian president X" stay offices of state, and so do
// spokesmen, who speak for whatever they serve ("a spokesman for the governor").
func (x *Extractor) orgOffice(s *scan, se sentence, m lexicon.Match) bool {
	o := x.gaz.Offices[m.Idx]
	if m.Country >= 0 || s.toks[m.From].Cap || strings.HasPrefix(o.Role, "spokes") || o.Country == "" && !x.gaz.IsNationalOffice(o.Role) {
		return false
	}
	if k := m.From - 1; k >= se.from && s.toks[k].Kind == tokens.Word && s.toks[k].Cap && s.gaz.IsOrgHeadNoun(s.toks[k].Low) {
		if _, ok := s.matchOf(k); !ok {
			return true
		}
	}
	k := m.To
	if k+1 >= se.to {
		return false
	}
	switch s.toks[k].Low {
	case "for", "at", "of", "with":
	default:
		return false
	}
	k++
	if s.toks[k].Low == "the" && k+1 < se.to {
		k++
	}
	if n, ok := s.matchOf(k); ok && n.From == k && (n.Kind == lexicon.PhraseCountry || n.Kind == lexicon.PhraseDemonym) {
		return false
	}
	return s.toks[k].Kind == tokens.Word
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// orgModifies reports an organization named only to qualify the person after it: "Hamas
// political bureau chief Ismail Haniyeh", "CIA Director William Burns".
func (s *scan) orgModifies(at []int, mi int) bool {
	m := s.mentions[mi]
	if m.kind != mOrg {
		return false
	}
	if m.to < len(s.toks) && (s.isMatchKind(m.to, lexicon.PhraseOffice) || s.isHeadNoun(s.toks[m.to].Low)) {
		return true // "Perthes, the UN envoy for Sudan, spoke": the envoy is the party, not the UN
	}
	if m.to < len(s.toks) && s.gaz.In(lexicon.Gathering, s.toks[m.to].Low) {
		return true // "The NATO summit brought together A and B": the body names the gathering, the leaders meet
	}
	for k := m.to; k < len(s.toks) && k < m.to+5; k++ {
		if a := at[k]; a >= 0 && a != mi {
			return s.mentions[a].kind == mPerson && k > m.to
		}
		if t := s.toks[k]; t.Kind != tokens.Word || t.Cap && !s.isMatchKind(k, lexicon.PhraseOffice) && !s.gaz.In(lexicon.Calling, t.Low) {
			return false
		}
	}
	return false
}

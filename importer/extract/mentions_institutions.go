package extract

import "hotline/importer/extract/tokens"

// namesPlace reports a name run that is part of the name of a building, an institution
// or a prize rather than a person: its last word is such a noun ("General Assembly"), or
// the capitalized words after it end in one ("George P. Shultz National Foreign Affairs
// Training Center", "John F. Kennedy International Airport", "the Kennedy Center").
func (x *Extractor) namesPlace(s *scan, se sentence, from, to int) bool {
	if s.gaz.IsInstitutionNoun(s.toks[to-1].Low) {
		return true
	}
	for k := to; k < se.to && k < to+6; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || !t.Cap {
			return false
		}
		if s.gaz.IsInstitutionNoun(t.Low) {
			return true
		}
	}
	return false
}

package extract

// namesPlace reports a name run that is part of the name of a building, an institution
// or a prize rather than a person: its last word is such a noun ("General Assembly"), or
// the capitalized words after it end in one ("George P. Shultz National Foreign Affairs
// Training Center", "John F. Kennedy International Airport", "the Kennedy Center").
func (x *Extractor) namesPlace(s *scan, se sentence, from, to int) bool {
	if s.gaz.isInstitutionNoun(s.toks[to-1].low) {
		return true
	}
	for k := to; k < se.to && k < to+6; k++ {
		t := s.toks[k]
		if t.kind != tWord || !t.cap {
			return false
		}
		if s.gaz.isInstitutionNoun(t.low) {
			return true
		}
	}
	return false
}

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

// titledGivenName reports a run of two or three words that opens with a given name and that
// an office or a title stands right before ("Vice President William Hall", "Mr. John
// Street"): a person whose surname is a noun of buildings, not a hall or a street.
// "Carnegie Hall" opens with no given name; a speech verb after is no proof ("Professor X
// of Wayne State said": the university).
func (x *Extractor) titledGivenName(s *scan, se sentence, from, to int) bool {
	if to-from < 2 || to-from > 3 || !x.firstName(s.toks[from].Text) {
		return false
	}
	return from > se.from && (s.endsOffice(from-1) || x.gaz.IsTitleWord(s.toks[from-1].Low))
}

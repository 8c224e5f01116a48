package extract

// namesPlace reports a name run that is part of the name of a building, an institution
// or a prize rather than a person: its last word is such a noun ("General Assembly"), or
// the capitalized words after it end in one ("George P. Shultz National Foreign Affairs
// Training Center", "John F. Kennedy International Airport", "the Kennedy Center").
func (x *Extractor) namesPlace(s *scan, se sentence, from, to int) bool {
	if isInstitutionNoun(s.toks[to-1].low) {
		return true
	}
	for k := to; k < se.to && k < to+6; k++ {
		t := s.toks[k]
		if t.kind != tWord || !t.cap {
			return false
		}
		if isInstitutionNoun(t.low) {
			return true
		}
	}
	return false
}

// isInstitutionNoun reports the head nouns of names of places and institutions that are
// often named after people.
func isInstitutionNoun(w string) bool {
	switch w {
	case "center", "centre", "airport", "institute", "institution", "foundation", "university", "college", "school",
		"library", "museum", "hospital", "stadium", "arena", "hall", "bridge", "street", "avenue", "boulevard",
		"square", "park", "prize", "award", "doctrine", "assembly", "building", "tower", "port", "station",
		"memorial", "academy", "forum", "dam", "highway", "road", "canal", "palace", "base", "river", "valley", "sea", "strait", "tech", "force", "forces", "fleet", "corps", "guard", "command", "one", "metro", "radio", "railways", "airways", "airlines", "times", "post", "television",
		"organisation", "organization", "network", "commission", "council", "court", "union", "agency", "alliance", "movement", "coalition", "federation", "consortium", "corporation", "company", "bank", "fund", "party", "tribunal":
		return true
	}
	return false
}

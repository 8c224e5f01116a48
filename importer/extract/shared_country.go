package extract

// sharedCountry returns the country of the person named right before the "and" at token
// j when a demonym gave it with another office: in "Iraqi Prime Minister Mohammed Shia
// al-Sudani and President Abdul Latif Rashid" the demonym governs both offices. A known
// actor's own country still wins over this one.
func (s *scan) sharedCountry(se sentence, j int, role string) string {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.sent != s.toks[j].sent || m.kind != mPerson {
			continue
		}
		if m.to == j && m.role != "" && m.role != role && m.country != "" && s.demonymBefore(se, m.from) {
			return m.country
		}
		return ""
	}
	return ""
}

// demonymBefore reports a demonym opening the title before a name at token from.
func (s *scan) demonymBefore(se sentence, from int) bool {
	for k := from - 1; k >= se.from && k >= from-6; k-- {
		if s.isMatchKind(k, pDemonym) {
			return true
		}
		if t := s.toks[k]; t.kind != tWord || !t.cap {
			return false
		}
	}
	return false
}

// officeOf reads "of (the) <country>" after an office ending at token j: "President of
// Indonesia", "President of the French Republic"; "" when no country follows.
func (x *Extractor) officeOf(s *scan, se sentence, j int) string {
	if j+1 >= se.to || s.toks[j].low != "of" {
		return ""
	}
	j++
	if s.toks[j].low == "the" && j+1 < se.to {
		j++
	}
	if m, ok := s.matchOf(j); ok && m.from == j && (m.kind == pCountry || m.kind == pDemonym) {
		return x.gaz.countries[m.idx].code
	}
	return ""
}

package extract

// furniture reports a sentence that cleaning may have left behind but that is page
// furniture, never story: "READ MORE: ...", "Loading...", "Advertisement".
func (x *Extractor) furniture(s *scan, si int) bool {
	se := s.sents[si]
	first := s.toks[se.from].low
	second := ""
	if se.from+1 < se.to {
		second = s.toks[se.from+1].low
	}
	switch {
	case (first == "read" || first == "watch" || first == "also") && (second == "more" || second == "read" || second == ":"):
		return true
	case first == "loading" || first == "advertisement" || first == "related" && second == ":":
		return true
	}
	return false
}

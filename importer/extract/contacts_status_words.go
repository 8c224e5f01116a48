package extract

// undated reports "no date (had been / has been) set", "no date yet".
func (s *scan) undated(c clause) bool {
	se := s.sents[c.sent]
	for k := se.from; k+1 < se.to; k++ {
		if s.toks[k].Low == "no" && (s.toks[k+1].Low == "date" || s.toks[k+1].Low == "dates") {
			return true
		}
	}
	return false
}

// nameNotModal reports a capitalized "May" or "Will" inside a sentence: a name ("Theresa
// May spoke"), not the modal verb.
func (s *scan) nameNotModal(k int) bool {
	t := s.toks[k]
	return t.Cap && (t.Low == "may" || t.Low == "will") && k > s.sents[t.Sent].from
}

// isAdjunctPreposition reports a preposition that puts a contact noun in an adjunct of
// another clause ("after a summit", "during talks"): the clause's modal words are not its.
func isAdjunctPreposition(w string) bool {
	switch w {
	case "after", "during", "following", "since", "amid":
		return true
	}
	return false
}

// passiveAt reports a participle at k after "was", "were", "been", "be" or "is".
func (s *scan) passiveAt(k int) bool {
	if k == 0 {
		return false
	}
	switch s.toks[k-1].Low {
	case "was", "were", "been", "be", "is", "are", "being":
		return true
	}
	return false
}

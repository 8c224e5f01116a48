package extract

import "strings"

// andPredicate reports "and" followed by a verb in the past tense between tokens from
// and to: the subject's next predicate ("met with officials and condemned ..."), whose
// objects are not the contact's.
func (s *scan) andPredicate(from, to int) bool {
	for k := max(from, 0); k+1 < to; k++ {
		if s.toks[k].low != "and" {
			continue
		}
		n := s.toks[k+1]
		if n.kind == tWord && !n.cap && len(n.low) > 4 && strings.HasSuffix(n.low, "ed") && !s.isMatchKind(k+1, pOffice) {
			return true
		}
	}
	return false
}

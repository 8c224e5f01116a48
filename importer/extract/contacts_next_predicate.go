package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// andPredicate reports "and" followed by a verb in the past tense between tokens from
// and to: the subject's next predicate ("met with officials and condemned ..."), whose
// objects are not the contact's.
func (s *scan) andPredicate(from, to int) bool {
	for k := max(from, 0); k+1 < to; k++ {
		if s.toks[k].Low != "and" {
			continue
		}
		n := s.toks[k+1]
		if n.Kind == tokens.Word && !n.Cap && len(n.Low) > 4 && strings.HasSuffix(n.Low, "ed") && !s.isMatchKind(k+1, lexicon.PhraseOffice) {
			return true
		}
	}
	return false
}

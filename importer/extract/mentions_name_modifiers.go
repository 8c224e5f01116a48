package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// nameBeforeNoun reports a person's name between "the" and a common noun it modifies:
// "the Ostrander administration", "the Vance era" speak of a government or a time, and the
// person named so is no party of a contact the sentence after refers to.
func (s *scan) nameBeforeNoun(m mention) bool {
	return m.kind == mPerson && m.from > 0 && s.toks[m.from-1].Low == "the" && s.nounAfter(m.to, s.sents[m.sent].to)
}

// nounAfter reports a lower-case word at k that is no preposition: after "the" and a name,
// the noun the name qualifies ("the Kennedy program").
func (s *scan) nounAfter(k, end int) bool {
	if k >= end {
		return false
	}
	t := s.toks[k]
	return t.Kind == tokens.Word && !t.Cap && !s.gaz.In(lexicon.Preposition, t.Low) && t.Low != "and"
}

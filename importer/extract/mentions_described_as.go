package extract

import "hotline/importer/extract/lexicon"

// describedAsWord is the first word of a mention made by describedAsSpeaker: "the
// researcher said" after a quotation, which stands for the person the article described so.
const describedAsWord = "described-as"

// describedAsSpeaker reports a noun of expertise (words class expert, no spokesperson's and
// no epithet's, which rules of their own read) that stands after a quotation with "the" as
// its speaker, `," the researcher said`, `," said the professor.`: copy calls a person
// quoted for what they know by the noun it described them with.
func (s *scan) describedAsSpeaker(se sentence, i int) bool {
	w := s.toks[i].Low
	return s.gaz.In(lexicon.Expert, w) && !s.gaz.In(lexicon.SpeaksFor, w) && !s.gaz.In(lexicon.Epithet, w) && (s.epithetAfterQuote(se, i) || s.epithetAfterInverted(se, i))
}

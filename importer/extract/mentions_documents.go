package extract

import "hotline/importer/extract/tokens"

// subjectIt reports "It" (or "it" after "and"/"but") as the subject of a speech verb at
// token i of sentence se: "It stresses", "It also argues".
func (s *scan) subjectIt(se sentence, i int) bool {
	if s.toks[i].Low != "it" || s.inQuote[i] {
		return false
	}
	if i > se.from && s.toks[i-1].Low != "and" && s.toks[i-1].Low != "but" && !(s.toks[i-1].Kind == tokens.QuoteMark && i-2 >= se.from && s.toks[i-2].Text == ",") {
		return false // `"...," it said`: the body that spoke before
	}
	return s.documentSpeaks(se, i+1)
}

package extract

import "hotline/importer/extract/tokens"

// subjectIt reports "It" (or "it" after "and"/"but") as the subject of a speech verb at
// token i of sentence se: "It stresses", "It also argues".
func (s *scan) subjectIt(se sentence, i int) bool {
	if s.toks[i].Low != "it" || s.inQuote[i] {
		return false
	}
	if i > se.from && s.toks[i-1].Low != "and" && s.toks[i-1].Low != "but" && !s.afterQuotation(se, i) {
		return false // `"...," it said`: the body that spoke before
	}
	return s.documentSpeaks(se, i+1)
}

// afterQuotation reports token i right after a quotation closed with its comma inside the
// marks (`"...," it said`) or outside them (`"...", it added`).
func (s *scan) afterQuotation(se sentence, i int) bool {
	if i-2 < se.from {
		return false
	}
	a, b := s.toks[i-2], s.toks[i-1]
	return b.Kind == tokens.QuoteMark && a.Text == "," || b.Text == "," && a.Kind == tokens.QuoteMark
}

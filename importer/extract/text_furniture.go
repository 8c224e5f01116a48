package extract

import "hotline/importer/extract/lexicon"

// furniture reports a sentence that cleaning may have left behind but that is page
// furniture, never story: "READ MORE: ...", "Loading...", "Advertisement".
func (x *Extractor) furniture(s *scan, si int) bool {
	se := s.sents[si]
	first := s.toks[se.from].Low
	second := ""
	if se.from+1 < se.to {
		second = s.toks[se.from+1].Low
	}
	switch {
	case (first == "read" || first == "watch" || first == "also") && (second == "more" || second == "read" || second == ":"):
		return true
	case first == "loading" || first == "advertisement" || first == "related" && second == ":":
		return true
	case (first == "written" || first == "edited" || first == "produced") && second == "by":
		return true // "Written by Jane Doe, Senior Correspondent"
	}
	for k := se.from; k < se.to; k++ {
		if w := s.toks[k].Low; w == "contributed" && (k+1 == se.to || s.toks[k+1].Low == "reporting" || s.toks[k+1].Low == "to" || s.toks[k+1].Text == ".") {
			return true // "Michael D. Shear contributed reporting from Washington."
		}
	}
	for k := se.from; k+1 < se.to && k < se.from+4; k++ {
		switch w := s.toks[k].Low; {
		case s.tokIn(lexicon.CreditLine, k):
			if s.toks[k+1].Low == "by" || s.toks[k+1].Low == "reporting" {
				return true // "(Reporting by ...; Editing by ...)"
			}
			if s.toks[k].Low == "reporting" && s.toks[k+1].Cap && hasWord(s, k, se.to, "editing") {
				return true // "(Reporting Ben Blanchard in Beijing; Editing by Richard Borsuk)"
			}
		case w == "media" || w == "press":
			if w := s.toks[k+1].Low; w == "inquiries" || w == "enquiries" || w == "contact" || w == "contacts" {
				return true // "Media inquiries: Ann Lee (Ministerial) 02 6277 7500"
			}
		}
	}
	return false
}

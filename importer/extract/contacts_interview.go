package extract

import "hotline/importer/extract/lexicon"

// forInterview reports a contact word whose purpose is an interview: "sat down with X for
// an interview", "met X in an exclusive interview". The other side is a journalist even
// when no title says so, and the guidelines make an interview with a journalist no contact.
// Only an interview within a few words after the contact word counts: "met Wang Yi, and
// afterwards gave an interview to CNN" keeps its meeting.
func (s *scan) forInterview(c clause, tr trigger) bool {
	for k := tr.to; k < c.to && k < tr.to+10; k++ {
		switch s.toks[k].Low {
		case ",", ";", "and", "but", "after", "before":
			return false
		case "interview", "interviews":
			j := k - 1
			if j > tr.to && s.gaz.In(lexicon.InterviewKind, s.toks[j].Low) {
				j--
			}
			return j-1 >= tr.to && (s.toks[j].Low == "an" || s.toks[j].Low == "a") && (s.toks[j-1].Low == "for" || s.toks[j-1].Low == "in")
		}
	}
	return false
}

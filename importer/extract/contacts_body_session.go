package extract

import "hotline/importer/extract/lexicon"

// bodySession returns the token of a body or routine (words class session-body) right
// before a contact noun, "after the cabinet meeting", "a board meeting", when nothing after
// the noun names whom it was with ("with", "between"): the noun is that body's own
// sitting, and the persons of the clause met no one in it. -1 otherwise.
func (s *scan) bodySession(tr trigger, c clause) int {
	if !tr.noun || tr.at == 0 {
		return -1
	}
	k := tr.at - 1
	if !s.gaz.In(lexicon.SessionBody, s.toks[k].Low) || s.toks[k].Cap {
		return -1
	}
	if tr.to < c.to && (s.toks[tr.to].Low == "with" || s.toks[tr.to].Low == "between") {
		return -1 // "a cabinet meeting with the visiting prime minister"
	}
	return k
}

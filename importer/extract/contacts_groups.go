package extract

import "hotline/importer/extract/lexicon"

// groupNamedNext returns the people the next sentence names as members of a group that
// was the subject's partner: "Hamdok and opposition leaders held talks on Monday. The
// opposition delegation included Omar al-Digair and Yasir Arman." nil when the subject is
// not joined with a group noun or the next sentence names no members.
func (r *resolver) groupNamedNext(c clause, subjAt int, tr trigger) []int {
	s := r.s
	if subjAt < 0 || !s.groupAfter(subjAt, tr.at) || c.sent+1 >= len(s.sents) {
		return nil
	}
	next := s.sents[c.sent+1]
	start := -1
	for k := next.from; k < next.to; k++ {
		if s.gaz.In(lexicon.Membership, s.toks[k].Low) || s.toks[k].Low == "led" && k+1 < next.to && s.toks[k+1].Low == "by" {
			start = k
		}
		if start >= 0 {
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out []int
	for _, mi := range s.sentenceMentions(c.sent + 1) {
		m := s.mentions[mi]
		if m.sent == c.sent+1 && m.from > start && m.kind == mPerson && m.actor >= 0 && !contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	return out
}

// groupAfter reports "and <group noun>" between a subject at token from and the contact
// word at token to: "Hamdok and opposition leaders held talks".
func (s *scan) groupAfter(from, to int) bool {
	and := false
	for k := from; k < to && k < from+12; k++ {
		switch w := s.toks[k].Low; {
		case w == "and":
			and = true
		case and && (w == "leaders" || w == "officials" || w == "representatives" || w == "delegates" || w == "delegation" || w == "negotiators" || w == "figures"):
			return true
		}
	}
	return false
}

// groupWithin reports a plural noun for a group of officials in tokens [from, to).
func (s *scan) groupWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if isGroupNoun(s, k) || s.toks[k].Low == "heads" {
			return true
		}
	}
	return false
}

package extract

import "hotline/importer/extract/tokens"

// spouseSpeaker returns the person "her husband" or "his wife" stands for when an
// attribution that found no speaker has that phrase for subject and the sentences before
// named the other spouse by the person ("Berg's wife said the account was hers. Her
// husband said in an interview that "..."": Berg). -1 otherwise: "his wife said" after a
// named man is a woman the article does not name.
func (r *resolver) spouseSpeaker(at []int, a attribution) int {
	s := r.s
	if a.speaker >= 0 || !a.found || a.from < 0 {
		return -1
	}
	end := a.to
	if end > len(s.toks) {
		end = len(s.toks)
	}
	for k := s.sents[s.toks[a.from].Sent].from; k+1 < end; k++ { // "Her husband said ... that": the verb opens the attribution
		if s.inQuote[k] {
			continue
		}
		p, n := s.toks[k].Low, s.toks[k+1].Low
		other := ""
		switch {
		case p == "her" && n == "husband":
			other = "wife"
		case p == "his" && n == "wife":
			other = "husband"
		default:
			continue
		}
		if k+2 >= len(s.toks) || !s.gaz.IsSpeechVerb(s.toks[k+2].Low) && !isSpeechAdverb(s.toks[k+2].Low) {
			return -1
		}
		return r.spouseNamedBefore(at, k, other)
	}
	return -1
}

// spouseNamedBefore returns the person named as the possessor of word ("Berg's wife") in
// the three sentences before token k, the nearest; -1 when none.
func (r *resolver) spouseNamedBefore(at []int, k int, word string) int {
	s := r.s
	si := s.toks[k].Sent
	for j := k - 1; j >= 2 && si-s.toks[j].Sent <= 3; j-- {
		if s.toks[j].Low != word || s.inQuote[j] || s.toks[j-1].Kind != tokens.Poss || at[j-2] < 0 {
			continue
		}
		if m := s.mentions[at[j-2]]; m.kind == mPerson && m.actor >= 0 {
			return m.actor
		}
	}
	return -1
}

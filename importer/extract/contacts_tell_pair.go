package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// tellPair returns the two persons a communication verb joins in sentence si before token
// k, its contact word: "X urged Y to rein in Z when the two met", "X assured Y of support
// during their meeting". The verb (the tell class, by the parser's lemma: urged, pressed,
// assured, told) has its subject right before it and its object right after it, titles
// between; "the two" or "their" after it are those two, as a pair told in the sentence
// before would be. nil when the sentence has no such verb before k.
func (r *resolver) tellPair(si, k int) []int {
	s := r.s
	m, err := r.x.model()
	if err != nil {
		return nil
	}
	se := s.sents[si]
	for j := se.from + 1; j < k; j++ {
		if s.toks[j].Kind != tokens.Word || s.toks[j].Cap || s.inQuote[j] || !s.gaz.In(lexicon.Tell, m.VerbLemma(s.toks[j].Low)) {
			continue
		}
		subj := r.personEndingAt(j)
		obj := -1
		for n := j + 1; n < k && n <= j+6; n++ {
			if mi := s.mentionAt(n); mi >= 0 {
				if s.mentions[mi].kind == mPerson {
					obj = s.mentions[mi].actor
				}
				break
			}
			if !s.toks[n].Cap {
				break
			}
		}
		if subj >= 0 && obj >= 0 && subj != obj {
			return []int{subj, obj}
		}
	}
	return nil
}

// tellsGivenName reports a communication verb in sentence si before token k whose subject
// is a person and whose object is a bare given name that names no actor of the article:
// "When John asked George while they were having lunch". "they" after it are those two,
// not the pair of a contact told before; with one of them unresolved, no pair at all.
func (r *resolver) tellsGivenName(si, k int) bool {
	s := r.s
	m, err := r.x.model()
	if err != nil {
		return false
	}
	se := s.sents[si]
	for j := se.from + 1; j+1 < k; j++ {
		if s.toks[j].Kind != tokens.Word || s.toks[j].Cap || s.inQuote[j] || !s.gaz.In(lexicon.Tell, m.VerbLemma(s.toks[j].Low)) {
			continue
		}
		n := j + 1
		if r.personEndingAt(j) >= 0 && s.toks[n].Kind == tokens.Word && s.toks[n].Cap && s.mentionAt(n) < 0 && s.matchAt[n] < 0 && r.x.firstName(s.toks[n].Text) {
			return true
		}
	}
	return false
}

// personEndingAt returns the person whose mention ends right before token j, past an
// adverb ("X also urged"), or -1.
func (r *resolver) personEndingAt(j int) int {
	s := r.s
	k := j - 1
	if k > 0 && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && (s.toks[k].Low == "also" || s.toks[k].Low == "again" || s.gaz.In(lexicon.Frequency, s.toks[k].Low) || len(s.toks[k].Low) > 3 && s.toks[k].Low[len(s.toks[k].Low)-2:] == "ly") {
		k--
	}
	mi := s.mentionAt(k)
	if mi < 0 || s.mentions[mi].kind != mPerson || s.mentions[mi].to != k+1 || s.inQuote[k] {
		return -1
	}
	return s.mentions[mi].actor
}

// toldWhen reports a contact word told as the occasion of what its sentence says before
// it: "when the two met", "as they spoke", "during their meeting", "in their phone call".
// "urged Y to resume their talks with Z" tells of no occasion of theirs.
func (s *scan) toldWhen(tr trigger) bool {
	k := tr.at - 1
	for k >= 0 && k >= tr.at-4 && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && !isOccasionWord(s.toks[k].Low) {
		k-- // "the two", "their first phone", "they"
	}
	return k >= 0 && isOccasionWord(s.toks[k].Low) && hasPairWordBetween(s, k+1, tr.at)
}

func isOccasionWord(w string) bool {
	switch w {
	case "when", "while", "as", "during", "at", "in", "after":
		return true
	}
	return false
}

// hasPairWordBetween reports "their", "they", "both" or "two" among tokens [from, to).
func hasPairWordBetween(s *scan, from, to int) bool {
	for k := from; k < to; k++ {
		switch s.toks[k].Low {
		case "their", "they", "two", "both":
			return true
		}
	}
	return false
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// subjectPredicate reads the predicate of a contact noun that is the subject of its
// clause, past the noun's own phrase of parties ("a call between U.S. President Joe Biden
// and Chinese President Xi Jinping"), where the words before the noun say nothing of its
// status: "may take place next week", "is possible" (proposed), "will be held", "will
// focus on trade", "was being planned" (scheduled), "failed to take place", "is not on the cards", "are
// unlikely", "went unanswered", "fell through", "was ruled out" (none: status "" with ok). ok is false when the noun is no such subject or its
// predicate says nothing of whether the contact happens ("the meeting did not produce a
// deal": it was held). The parse is not asked: it often hangs such a long subject wrongly.
func (s *scan) subjectPredicate(tr trigger, c clause) (status string, ok bool) {
	if !tr.noun || !s.subjectPosition(tr, c) {
		return "", false
	}
	k := s.pastNounParties(tr, c)
	if k < 0 || k >= c.to {
		return "", false
	}
	first := s.toks[k].Low
	be := isBeVerb(first) || first == "be" || first == "being"
	switch {
	case be, first == "will", first == "would", first == "may", first == "might", first == "could",
		first == "did", first == "does", first == "do", first == "has", first == "have", first == "had",
		first == "never", first == "not", first == "also", first == "still", first == "went", first == "fell", first == "remained",
		s.gaz.In(lexicon.Occurrence, first), s.gaz.In(lexicon.Negation, first), s.gaz.In(lexicon.Expected, first):
	default:
		return "", false // "the meeting, which ...", "the talks produced a deal"
	}
	negated, occurs, proposal, schedule := false, false, false, false
	// "the meeting on Friday will focus on trade": a contact the future tells of lies ahead
	ahead := (first == "will" || first == "shall") && k+1 < c.to && s.toks[k+1].Kind == tokens.Word && !s.toks[k+1].Cap
	for j := k; j < c.to && j < k+6; j++ {
		t := s.toks[j]
		if t.Kind != tokens.Word {
			break
		}
		w := t.Low
		if w == "unanswered" || w == "unreturned" || w == "through" && s.toks[j-1].Low == "fell" {
			return "", true // "his call to Y went unanswered", "the meeting fell through": none
		}
		switch {
		case w == "not" || w == "n't" || w == "never" || s.gaz.In(lexicon.Negation, w):
			negated = true
		case s.gaz.In(lexicon.Occurrence, w):
			occurs = true
		case s.gaz.In(lexicon.Proposal, w):
			proposal = true // "may", "could", "possible"
		case s.gaz.In(lexicon.Schedule, w) || s.gaz.In(lexicon.Expected, w):
			schedule = true // "will", "is set", "planned", "expected"
		}
		if isBeVerb(w) || w == "be" || w == "being" {
			be = true
		}
	}
	switch {
	case negated && (occurs || be && (proposal || schedule)):
		return "", true // "failed to take place", "is not on the cards", "is not expected"
	case negated && s.ruledOutAfter(k, c):
		return "proposed", true // "a meeting between X and Y has not been ruled out": possible
	case !negated && be && s.ruledOutAfter(k, c):
		return "", true // "a meeting between X and Y was ruled out", "talks ... were turned down": none
	case negated && be && k+1 < c.to && s.gaz.In(lexicon.Negation, s.toks[k+1].Low) && !isNot(s.toks[k+1].Low):
		return "", true // "talks between X and Y are unlikely"
	case !negated && proposal && (occurs || be):
		return "proposed", true // "may take place", "is possible", "could be held"
	case !negated && schedule && (occurs || be):
		return "scheduled", true // "will take place", "was being planned", "is expected to be held"
	case !negated && ahead:
		return "scheduled", true // "will focus on trade"; not "will not produce a deal", which says nothing of the talks
	}
	return "", false
}

// subjectPosition reports a contact noun that opens its clause, after a determiner or a
// possessive at most, or a reported clause: "A call between ...", "Talks between ...",
// "officials said (that) a call between ...".
func (s *scan) subjectPosition(tr trigger, c clause) bool {
	for k := tr.at - 1; k >= c.from; k-- {
		t := s.toks[k]
		switch {
		case t.Low == "a" || t.Low == "an" || t.Low == "the" || t.Low == "any" || t.Low == "their" || t.Low == "his" || t.Low == "her":
		case t.Low == "that" || s.gaz.IsSpeechVerb(t.Low):
			return true // "officials said a call between X and Y could take place"
		case t.Kind == tokens.Word && !t.Cap && tr.at-k <= 2 && k > c.from: // "a phone call", "the planned meeting"
		case t.Text == "\"" || t.Text == "\u201c":
		case t.Kind == tokens.Poss && k > c.from:
			return s.namesFrom(c.from, k) // "Minister X's meeting with Y": the possessor's name opens the clause
		default:
			return false
		}
	}
	return true
}

// namesFrom reports tokens from..to-1 that are capitalised words, the "of" of a title and
// names only: a name with its title, "Foreign Minister Ana Kovac", "President of Kazakhstan
// X", "President Luiz Inacio Lula da Silva".
func (s *scan) namesFrom(from, to int) bool {
	for k := from; k < to; k++ {
		if mi := s.mentionAt(k); mi >= 0 && s.mentions[mi].to > k && s.mentions[mi].to <= to {
			k = s.mentions[mi].to - 1 // a name with lower-case particles: "Lula da Silva"
			continue
		}
		if t := s.toks[k]; t.Kind != tokens.Word || !t.Cap && !(t.Low == "of" && k > from) {
			return false
		}
	}
	return true
}

// pastNounParties returns the token after a contact noun's phrase of parties: its
// prepositions ("between", "with", "of"), names, titles and demonyms, and the words that
// join them; -1 when the phrase runs past the clause.
func (s *scan) pastNounParties(tr trigger, c clause) int {
	k := tr.to
	ds := s.findDates(tr.to, c.to)
	for ; k < c.to && k < tr.to+24; k++ {
		t := s.toks[k]
		if end := s.dateFrom(ds, k); end > k {
			k = end - 1 // "a meeting between X and Y on Friday": the noun's own day
			continue
		}
		if mi := s.mentionAt(k); mi >= 0 && s.mentions[mi].to > k {
			k = s.mentions[mi].to - 1 // a name with lower-case particles: "Lula da Silva", "al-Sisi"
			continue
		}
		switch {
		case t.Kind == tokens.Word && t.Cap:
		case t.Kind == tokens.Poss:
		case t.Low == "between" || t.Low == "with" || t.Low == "of" || t.Low == "to" || t.Low == "from" || t.Low == "and" || t.Low == "the" || t.Low == "his" || t.Low == "her" || t.Low == "their" || t.Low == "its":
		case t.Low == "counterpart" || t.Low == "counterparts" || t.Low == "president" || t.Low == "minister" || t.Low == "leader" || t.Low == "foreign" || t.Low == "prime":
		case t.Text == "," && k+1 < c.to && s.toks[k+1].Cap:
		default:
			return k
		}
	}
	return -1
}

// inSubjectNounPhrase reports a date inside the phrase of parties of a contact noun that
// opens its clause: "Talks between X and Y on Saturday are expected to take place at State
// House" dates the talks, whatever verb the parse hangs the day on.
func (s *scan) inSubjectNounPhrase(c clause, tr trigger, d dateExpr) bool {
	if !tr.noun || d.from < tr.to || !s.subjectPosition(tr, c) {
		return false
	}
	return s.pastNounParties(tr, c) >= d.to
}

// dateFrom returns the end of the date expression of ds that starts at token k, or right
// after k's "on" or "in" ("on Friday", "next Tuesday"), or k when none does.
func (s *scan) dateFrom(ds []dateExpr, k int) int {
	for _, d := range ds {
		if d.from == k || d.from == k+1 && (s.toks[k].Low == "on" || s.toks[k].Low == "in") {
			return d.to
		}
	}
	return k
}

// isNot reports the plain negators, as opposed to words of negation such as "unlikely".
func isNot(w string) bool { return w == "not" || w == "n't" || w == "never" }

// ruledOutAfter reports "ruled out" or "turned down" (refusalParticle) within the six
// words from token k.
func (s *scan) ruledOutAfter(k int, c clause) bool {
	for j := k; j+1 < c.to && j < k+6; j++ {
		if s.refusalParticle(j + 1) {
			return true
		}
	}
	return false
}

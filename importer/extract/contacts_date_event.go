package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/parse"
)

// otherEventDate reads the parse for a date after a contact word that dates another
// event: the first verb above the date is not the contact word, one of the words it hangs
// on or a clause on the contact noun, but a verb with a subject of its own ("the call marked the first
// contact in seven months, after Turkey shot down a Russian jet in November 2015"). A
// date before the contact word, or with no parse, is left to the token rules; so is one
// in a relative clause on the gathering that hosts the contact ("will meet Y on the
// sidelines of the summit, which opens on Monday"), whatever the parse makes of it.
func (x *Extractor) otherEventDate(s *scan, d dateExpr, tr trigger) bool {
	if d.from < tr.to || s.contactRelative(tr, d) || s.onHostNoun(s.sents[s.toks[tr.at].Sent].from, d, tr) || s.beforeAttribution(d, tr) || s.pastDashedAside(tr.to, d.from) {
		return false
	}
	if s.pastOwnRelative(tr, d) {
		return true
	}
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	above := map[int]bool{} // the contact word and what it hangs on, up to the noun a relative clause on it tells of
	for j, steps := v, 0; j >= 0 && steps < len(ps.Tokens); j, steps = ps.Tokens[j].Head, steps+1 {
		above[j] = true
		if ps.Tokens[j].Rel == "acl:relcl" && ps.Tokens[j].Head >= 0 {
			// "Gorbachev, who met Reagan in 1985, died on Sunday": the verb above the noun
			// is the main clause's, another event
			above[ps.Tokens[j].Head] = true
			break
		}
	}
	j := y.at(d.from)
	if j < 0 {
		return false
	}
	for steps := 0; j >= 0 && steps < len(ps.Tokens); steps++ {
		if above[j] {
			return false
		}
		if t := ps.Tokens[j]; t.UPOS != "VERB" && t.Head == v && !inSpan(y, j, d) && newConjunct(ps, j) {
			return true // "met X and is due to leave on Friday": a predicate of a copula
		}
		if t := ps.Tokens[j]; t.UPOS == "VERB" && !inSpan(y, j, d) {
			if (tr.name == "invited" || tr.name == "invitation") && x.gaz.In(lexicon.InvitedTo, strings.ToLower(t.Text)) {
				return false // "accepted an invitation from Y to visit Beijing in April": the visit is the contact
			}
			if t.Head == v {
				// a clause on the contact noun dates it ("a conversation Kerry and Lavrov had
				// Saturday"); one on the contact verb does when it tells no other time ("met
				// X when they were in Vienna on Monday"), not when it tells an event
				// before or after ("met X days after he was sworn in on Monday")
				return hasSubject(ps, j) && x.timeOrderClause(ps, j) || newConjunct(ps, j)
			}
			if hasSubject(ps, j) {
				// "their call, which took place on Thursday" is the call's; so is a date past
				// the comma that closes a relative clause on a party ("met Y, who was
				// accompanied by Z, in Kyiv on Monday"), whatever the parse hung it on
				return !relativeOnNoun(s, y, j, tr) && !s.pastClosedRelative(y, j, d)
			}
			if reducedRelative(ps, j, above, v) {
				return !s.commaClauseClosed(y.tokOf[j], d) // not "met Y, accompanied by Z, in Kyiv on Monday"
			}
			// a verb with no subject of its own belongs to the clause above it ("talks to
			// end the war in early March")
		}
		j = ps.Tokens[j].Head
	}
	return false
}

// pastOwnRelative reports a date told after the comma that closes the relative clause the
// contact word is in, where the main clause's predicate goes on: "Gorbachev, who met Reagan
// in 1985, died on Sunday", "X, who held talks with Y, said on Monday". The date is the
// death's or the saying's, whatever the parse hangs it on. A comma followed by an
// apposition, a list or a preposition ("who met Y, the French president, on Monday") does
// not close the clause.
func (s *scan) pastOwnRelative(tr trigger, d dateExpr) bool {
	se := s.sents[s.toks[tr.at].Sent]
	open := s.relativeAt(se.from, tr.at)
	if open < 0 || open+1 >= tr.at || s.toks[open+1].Low != "who" && s.toks[open+1].Low != "which" {
		return false
	}
	for k := tr.to; k+1 < d.from; k++ {
		if s.toks[k].Text != "," {
			continue
		}
		n := s.toks[k+1]
		if n.Kind != tokens.Word || n.Cap || s.gaz.In(lexicon.Preposition, n.Low) {
			continue
		}
		switch n.Low {
		case "the", "a", "an", "his", "her", "their", "its", "and", "or", "but":
			continue
		}
		return true
	}
	return false
}

// beforeAttribution reports a date that closes the words reported, right before the comma
// of an attribution that ends the sentence: "X had talks with Y on Tuesday, the Kremlin
// said". The saying never takes a date set before its own subject and comma, so the date
// is the contact's, whatever verb a poor parse hangs it on ("spoke by phone with Y on
// Monday, the White House said in a readout", where the parse may take the saying for a
// conjunct of the contact verb). Only names, offices, prepositions and medium words may
// stand between the contact word and the date: punctuation or other
// words ("..., after Turkey shot down a jet in November 2015, the ministry said", "days
// after he was sworn in on Monday, ...") leave the date to the parse.
func (s *scan) beforeAttribution(d dateExpr, tr trigger) bool {
	if d.to >= len(s.toks) || s.toks[d.to].Text != "," || hasPunct(s, tr.to, d.from) {
		return false
	}
	for k := tr.to; k < d.from; k++ {
		t := s.toks[k]
		if _, named := s.matchOf(k); named || t.Cap || t.Kind == tokens.Poss || s.gaz.In(lexicon.Preposition, t.Low) || s.gaz.In(lexicon.PhoneMedium, t.Low) || s.gaz.In(lexicon.VideoMedium, t.Low) {
			continue
		}
		switch t.Low {
		case "the", "a", "an", "his", "her", "their", "its":
			continue
		}
		return false // "met X days after he was sworn in on Monday, ...": another event's words
	}
	sent := s.toks[d.to].Sent
	for k := d.to + 1; k < len(s.toks) && k <= d.to+8 && s.toks[k].Sent == sent; k++ {
		t := s.toks[k]
		if s.gaz.IsSpeechVerb(t.Low) {
			return true
		}
		if t.Kind == tokens.Punct || t.Low == "and" || t.Low == "but" || t.Low == "as" || t.Low == "while" || t.Low == "after" || t.Low == "before" || t.Low == "when" {
			return false
		}
	}
	return false
}

// inSpan reports whether parse token j lies inside date expression d.
func inSpan(y *syntax, j int, d dateExpr) bool {
	k := y.tokOf[j]
	return k >= d.from && k < d.to
}

// hasSubject reports a predicate with a subject of its own (nsubj, nsubj:pass).
func hasSubject(ps parse.Sentence, j int) bool {
	for _, k := range ps.Children(j) {
		if mainRel(ps.Tokens[k].Rel) == "nsubj" {
			return true
		}
	}
	return false
}

// timeOrderClause reports an adverbial clause that tells an event before or after the
// one of the verb it hangs on: "after he was sworn in", "before they left", "since".
func (x *Extractor) timeOrderClause(ps parse.Sentence, j int) bool {
	if mainRel(ps.Tokens[j].Rel) != "advcl" {
		return false
	}
	for _, k := range ps.Children(j) {
		if ps.Tokens[k].Rel == "mark" {
			switch w := strings.ToLower(ps.Tokens[k].Text); {
			case x.gaz.In(lexicon.Precedes, w), x.gaz.In(lexicon.Follows, w):
				return true
			case w == "since", w == "until", w == "till", w == "once":
				return true
			}
		}
	}
	return false
}

// newConjunct reports a predicate joined to the contact verb with a subject, an auxiliary
// or a copula of its own: "met X, and on Friday she will address parliament", "met X and
// will travel to Paris on Friday", "met X and is due to leave on Friday". One that shares
// the contact's subject and tense ("met and discussed trade on Monday") tells the same
// time.
func newConjunct(ps parse.Sentence, j int) bool {
	if ps.Tokens[j].Rel != "conj" {
		return false
	}
	for _, k := range ps.Children(j) {
		switch mainRel(ps.Tokens[k].Rel) {
		case "nsubj", "aux", "cop":
			return true
		}
	}
	return false
}

// reducedRelative reports a participle clause on a noun that is an argument of another
// verb, not the contact's: "met X to discuss the ceasefire agreed on Monday" dates the
// agreement. A participle on a noun the contact word hangs on, or on the place or event
// that hosts the contact ("met X at a summit held on Monday"), dates the contact; so does
// one on the contact verb's own object ("met a delegation led by X in Cairo on Monday").
func reducedRelative(ps parse.Sentence, j int, above map[int]bool, v int) bool {
	t := ps.Tokens[j]
	if t.Rel != "acl" || t.Head < 0 || above[t.Head] || ps.Tokens[t.Head].Head == v {
		return false
	}
	switch ps.Tokens[t.Head].Rel {
	case "obj", "iobj", "nsubj", "nsubj:pass":
		return true
	}
	return false
}

// relativeOnNoun reports a clause whose subject is a relative pronoun right after the
// contact noun (or its comma): "during their call, which took place on Thursday", "the
// meeting that was held on Monday" tell the contact's own time, however the parse attached
// the clause.
func relativeOnNoun(s *scan, y *syntax, j int, tr trigger) bool {
	if !tr.noun {
		return false
	}
	ps := y.sent
	for _, k := range ps.Children(j) {
		if mainRel(ps.Tokens[k].Rel) != "nsubj" {
			continue
		}
		switch strings.ToLower(ps.Tokens[k].Text) {
		case "which", "that":
		default:
			return false
		}
		at := y.tokOf[k] - 1
		if at >= 0 && s.toks[at].Text == "," {
			at--
		}
		return at == tr.to-1
	}
	return false
}

// contactRelative reports a date in a relative clause without a pronoun on the contact
// noun, a subject and its verb right after it: "during a phone call he received from X on
// Tuesday", "in a call she made to Y on Monday", "the talks they held on Friday". The
// clause tells the contact itself, whatever the parse made of it.
func (s *scan) contactRelative(tr trigger, d dateExpr) bool {
	k := tr.to
	if k+1 >= d.from || hasPunct(s, k, d.from) { // a subject pronoun right after makes the word a noun
		return false
	}
	switch s.toks[k].Low {
	case "he", "she", "they", "we":
	default:
		return false
	}
	v := s.toks[k+1].Low
	return strings.HasSuffix(v, "ed") || v == "had" || v == "made" || v == "held" || v == "took"
}

// earlierClauseDate reads the parse for a date before the contact word that hangs on a
// clause telling another event before or after it, not on the contact's predicate: "On
// Tuesday, after arriving in Jakarta on Monday, X met Y" (Monday is the arrival's). The
// caller lets such a date give way to one of the contact's own; with none, it still dates
// the contact ("met Y after arriving on Monday").
func (x *Extractor) earlierClauseDate(s *scan, d dateExpr, tr trigger) bool {
	if d.to > tr.at || !x.orderWordBefore(s, d.from, tr.at) {
		return false
	}
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	above := map[int]bool{}
	for j, steps := v, 0; j >= 0 && steps < len(ps.Tokens); j, steps = ps.Tokens[j].Head, steps+1 {
		above[j] = true
	}
	j := y.at(d.from)
	for steps := 0; j >= 0 && steps < len(ps.Tokens); steps++ {
		if above[j] {
			return false
		}
		if ps.Tokens[j].UPOS == "VERB" && !inSpan(y, j, d) && x.timeOrderClause(ps, j) {
			return true
		}
		j = ps.Tokens[j].Head
	}
	return false
}

// orderWordBefore reports a word of time order ("after", "before", "since", "following")
// in the sentence of token to, up to it: without one no clause tells an event before or
// after the contact, and the sentence need not be parsed for it.
func (x *Extractor) orderWordBefore(s *scan, from, to int) bool {
	for k := s.sents[s.toks[from].Sent].from; k < to; k++ {
		if w := s.toks[k].Low; w == "since" || w == "until" || x.gaz.In(lexicon.Precedes, w) || x.gaz.In(lexicon.Follows, w) {
			return true
		}
	}
	return false
}

// pastClosedRelative reports a date told after the comma that closes a relative clause set
// off by commas, verb j's: "met Y, who was accompanied by Z, in Kyiv on Monday". The clause
// ended at its second comma, so the words after it, up to the date, go back to the main
// clause; the parse often hangs them on the relative's verb. Only prepositions, names and
// articles may stand between that comma and the date: "..., who arrived on Sunday" has no
// closing comma, and a verb after it starts another clause.
func (s *scan) pastClosedRelative(y *syntax, j int, d dateExpr) bool {
	ps := y.sent
	open := -1
	for _, k := range ps.Children(j) {
		if mainRel(ps.Tokens[k].Rel) != "nsubj" {
			continue
		}
		switch strings.ToLower(ps.Tokens[k].Text) {
		case "who", "which":
			open = y.tokOf[k]
		}
	}
	return s.commaClauseClosed(open, d)
}

// commaClauseClosed reports a clause opening at token open right after a comma that a second
// comma closes before date d, with only prepositions, names and articles between that
// comma and the date: the date is told after the clause, of the sentence around it
// ("met Y, who was accompanied by Z, in Kyiv on Monday"; "met Y, accompanied by Z, in Kyiv
// on Monday").
func (s *scan) commaClauseClosed(open int, d dateExpr) bool {
	if open < 1 || s.toks[open-1].Text != "," || open >= d.from {
		return false
	}
	closing := -1
	for k := open + 1; k < d.from; k++ {
		if s.toks[k].Text == "," {
			closing = k
		}
	}
	if closing < 0 {
		return false
	}
	for k := closing + 1; k < d.from; k++ {
		t := s.toks[k]
		if t.Cap || s.gaz.In(lexicon.Preposition, t.Low) {
			continue
		}
		switch t.Low {
		case "the", "a", "an":
			continue
		}
		return false
	}
	return true
}

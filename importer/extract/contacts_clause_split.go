package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// splitClauses returns the clauses of sentence si, each cut again at the "and" of two
// coordinated clauses (coordinatedClauses).
func (x *Extractor) splitClauses(s *scan, si int) []clause {
	var out []clause
	for _, c := range s.clauses(si) {
		out = append(out, x.coordinatedClauses(s, c)...)
	}
	return out
}

// coordinatedClauses cuts clause c at each "and" that the parse makes the link of two
// clauses, each with a subject of its own and a contact verb or a light verb in the past:
// "X met Y in Paris on Monday, and Z held talks with W in Berlin". The token patterns
// read a clause as one subject's doing, so that Z and W were taken for more of X's
// objects. "A and B met C" (one subject of two) and "met A, B and C" are not cut.
func (x *Extractor) coordinatedClauses(s *scan, c clause) []clause {
	var out []clause
	from := c.from
	for i := c.from + 1; i+1 < c.to; i++ {
		if s.toks[i].Low != "and" || !s.toks[i+1].Cap && !(i+2 < c.to && s.toks[i+2].Cap) {
			continue
		}
		if x.andJoinsClauses(s, from, i) || s.andJoinsPastContacts(from, i, c.to) {
			out = append(out, clause{from, i, c.sent})
			from = i + 1
		}
	}
	return append(out, clause{from, c.to, c.sent})
}

// andJoinsPastContacts reports "and" at token i between two contacts told in the past
// tense, each with a subject of its own, where the parse misreads the coordination: a
// past contact verb in [from, i) with no other "and" after it and, after "and", one name with the words that lead it
// (at least two capitalized, no list) right before another: "met Y on Monday and German
// Chancellor Olaf Scholz held talks with W". "A and B took part", "A and B will meet" and
// a list of subjects after "and" are no such.
func (s *scan) andJoinsPastContacts(from, i, end int) bool {
	before := false
	for k := i - 1; k >= from && !before; k-- {
		if s.toks[k].Low == "and" {
			return false // "met Y, and A and B held talks": a list of subjects after the first "and"
		}
		before = s.pastContactVerb(k, i)
	}
	if !before || s.listBefore(i) {
		return false
	}
	caps := 0
	for k := i + 1; k < end && k <= i+8; k++ {
		t := s.toks[k]
		switch {
		case caps >= 2 && s.pastContactVerb(k, end):
			return true
		case t.Kind != tokens.Word || t.Low == "and" || t.Low == "or":
			return false
		case t.Cap:
			caps++
		}
	}
	return false
}

// listBefore reports a name right before "and" at token i that a comma opens: "before he,
// Yoon and Kishida held a summit" lists subjects, not a clause of its own.
func (s *scan) listBefore(i int) bool {
	k := i - 1
	if k >= 0 && s.toks[k].Text == "," {
		return false // "met Y in Paris, and Z met W": the comma closes the clause
	}
	for k >= 0 && s.toks[k].Kind == tokens.Word && s.toks[k].Cap {
		k--
	}
	return k >= 0 && s.toks[k].Text == ","
}

// pastContactVerb reports token k as a contact told in the past tense that takes its
// party after it: a direct contact verb in the past ("met", "hosted", "phoned"),
// "spoke" or "talked" before "with" or "to", or a light verb in the past before a
// contact noun ("held talks", "had a call").
func (s *scan) pastContactVerb(k, end int) bool {
	w := s.toks[k].Low
	next := ""
	if k+1 < end {
		next = s.toks[k+1].Low
	}
	if cw, ok := s.gaz.ContactWords[w]; ok && !cw.Noun {
		return cw.Direct && (strings.HasSuffix(w, "ed") || w == "met" || w == "rang") || (w == "spoke" || w == "talked") && (next == "with" || next == "to")
	}
	if !s.gaz.In(lexicon.PastLight, w) {
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if cw, ok := s.gaz.ContactWords[s.toks[j].Low]; ok && cw.Noun {
			return true
		}
	}
	return false
}

// andJoinsClauses reports "and" at token i as the coordinator of a verb that has its own
// subject after it, conjoined to a verb before it in the clause begun at token from, both
// contact verbs or light verbs in the past.
func (x *Extractor) andJoinsClauses(s *scan, from, i int) bool {
	if !s.clauseVerbIn(from, i) || !s.clauseVerbIn(i+1, s.sents[s.toks[i].Sent].to) {
		return false // the two verbs the parse would link are not there: no need to parse
	}
	y, j := x.predicate(s, i)
	if y == nil {
		return false
	}
	ps := y.sent
	v := ps.Tokens[j].Head
	if ps.Tokens[j].Rel != "cc" || v < 0 || v <= j || ps.Tokens[v].UPOS != "VERB" || mainRel(ps.Tokens[v].Rel) != "conj" {
		return false
	}
	u := ps.Tokens[v].Head
	if u < 0 || u >= j || ps.Tokens[u].UPOS != "VERB" || y.tokOf[u] < from {
		return false
	}
	ownSubject := false
	for _, k := range ps.Children(v) {
		if mainRel(ps.Tokens[k].Rel) == "nsubj" && k > j && k < v {
			ownSubject = true
		}
	}
	return ownSubject && s.clauseVerb(y.tokOf[u]) && s.clauseVerb(y.tokOf[v])
}

// clauseVerbIn reports a clauseVerb among tokens [from, to). andJoinsClauses asks it on
// each side of "and" before parsing: most sentences with "and" before a capital lack one
// of the two, and the parse of a sentence costs more than the rest of its extraction.
func (s *scan) clauseVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		if s.clauseVerb(k) {
			return true
		}
	}
	return false
}

// clauseVerb reports token k as a contact verb ("met", "spoke": a contact word that is
// no noun) or a light verb in the past ("held talks").
func (s *scan) clauseVerb(k int) bool {
	w := s.toks[k].Low
	if cw, ok := s.gaz.ContactWords[w]; ok && !cw.Noun {
		return true
	}
	return s.gaz.In(lexicon.PastLight, w)
}

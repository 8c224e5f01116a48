package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/parse"
	"strings"
)

// parseParties reads the parties of a contact word from the dependency parse of its
// sentence, for the contact words whose parties the token patterns did not find:
//
//   - a contact verb: its subject, its objects when it takes its party as object ("met
//     Y"), its "with" / "to" / "between" obliques, and a passive's agent ("was received
//     by Y");
//   - a contact noun: its "with" / "between" / "among" modifiers, its possessor ("Putin's
//     call with Y"), and the subject of the verb it hangs on: a light verb ("X held
//     talks with Y"), a verb it modifies ("X told Y during a call": with a communication
//     verb, its object too);
//   - every argument with the members of its coordination ("X, Y and Z") and its
//     appositions ("his counterpart, Wang Yi").
//
// It returns nil when the sentence has no parse, the predicate is negated ("did not
// meet", "no talks with"), or the parse finds fewer than two parties.
func (x *Extractor) parseParties(r *resolver, at []int, c clause, tr trigger) (subj, obj []int) {
	s := r.s
	if !r.twoParticipants(at, c.sent) {
		return nil, nil // nothing the parse could find: spare the parse
	}
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return nil, nil
	}
	ps := y.sent
	args := func(dst []int, js ...int) []int {
		for _, j := range js {
			dst = append(dst, y.actorsOf(r, at, j)...)
			for _, k := range ps.Conjuncts(j) {
				dst = append(dst, y.actorsOf(r, at, k)...)
			}
		}
		return dst
	}
	if ps.IsNegated(v) {
		return nil, nil
	}
	noun := ps.Tokens[v].UPOS == "NOUN" || ps.Tokens[v].UPOS == "PROPN"
	between := false // "a meeting between A and B" names all its parties
	for _, o := range ps.Obliques(v) {
		switch o.Case {
		case "with", "between", "among", "alongside":
			between = between || o.Case == "between" || o.Case == "among"
			obj = args(obj, relativeAntecedent(ps, o.Index, v)) // "Hassan, with whom Ruto met": whom is Hassan
		case "on":
			if tr.name == "called-on" {
				obj = args(obj, o.Index) // "called on the Prime Minister, X"
			}
		case "to":
			if !noun && !(tr.direct && len(ps.Objects(v)) > 0) {
				obj = args(obj, o.Index) // "spoke to Y"; "a visit to Y", "welcome X to Y" is a place
			}
		case "by":
			if ps.IsPassive(v) && ps.Tokens[o.Index].Rel == "obl:agent" {
				subj = args(subj, o.Index) // "Lavrov was received by Xi"
			}
		}
	}
	if !noun {
		if sj := subjectOf(ps, v); sj >= 0 {
			if ps.Tokens[sj].UPOS == "PRON" && ps.Tokens[v].Rel == "acl:relcl" && ps.Tokens[v].Head >= 0 {
				sj = ps.Tokens[v].Head // "Umerov, who sat with Witkoff": who is Umerov
			}
			subj = args(subj, sj)
		}
		if tr.direct && !s.possessorObject(at, tr) {
			for _, o := range ps.Objects(v) {
				if w := strings.ToLower(ps.Tokens[o].Text); (w == "whom" || w == "who") && ps.Tokens[v].Rel == "acl:relcl" && ps.Tokens[v].Head >= 0 {
					o = ps.Tokens[v].Head // "Mekonnen, whom Wang met on Monday": whom is Mekonnen
				}
				obj = args(obj, o)
			}
			if len(ps.Objects(v)) == 0 && len(obj) == 0 && ps.Tokens[v].Rel == "acl:relcl" {
				obj = args(obj, reducedRelativeObject(ps, v)) // "Hassan was among the leaders Ruto met"
			}
		}
		return partiesOrNil(subj, obj)
	}
	for _, k := range ps.Children(v) {
		if ps.Tokens[k].Rel == "nmod:poss" {
			subj = args(subj, k) // "Putin's call with Macron"
		}
	}
	for _, k := range ps.Children(v) {
		if ps.Tokens[k].Rel == "acl:relcl" && x.gaz.In(lexicon.Light, strings.ToLower(ps.Tokens[k].Text)) && len(subj) == 0 {
			if sj := subjectOf(ps, k); sj >= 0 {
				subj = args(subj, sj) // "a conversation Kerry and Lavrov had Saturday"
			}
		}
	}
	t := ps.Tokens[v]
	if t.Head >= 0 && len(subj) == 0 && !between {
		g := t.Head
		switch lemma, rel := ps.Tokens[g].Lemma, mainRel(t.Rel); {
		case lemma == "join" || lemma == "attend" || rel == "obl" && !mediumCase(ps.Case(v)):
			// "also joined the call" adds people to a contact told before; "urged Y for a
			// call" asks for one
		case rel == "obj" || rel == "obl":
			if ps.IsNegated(g) {
				return nil, nil // "did not hold talks with", "refused to take part in the meeting"
			}
			if sj := subjectOf(ps, g); sj >= 0 {
				subj = args(subj, sj)
			}
			if rel == "obj" && ps.Tokens[g].Rel == "acl:relcl" {
				for _, o := range ps.Obliques(g) {
					if o.Case == "with" {
						obj = args(obj, relativeAntecedent(ps, o.Index, g)) // "Hassan, with whom Ruto held talks"
					}
				}
			}
			if rel == "obl" && x.gaz.In(lexicon.Tell, lemma) {
				obj = args(obj, ps.Objects(g)...) // "X pressed Y during a call": the call is between them
			}
		}
	}
	return partiesOrNil(subj, obj)
}

// subjectOf is the subject of predicate v (parse.Sentence.Subject), or -1 when the parse
// gave it a nominal that carries its own case marker: UD never marks a subject with an
// adposition, so "According to the Pentagon, ..., Austin told Y", "For Beijing, ..." or
// "In Kyiv, ... met Y" read with the Pentagon, Beijing or Kyiv as the subject are parse
// errors, and the source of a report is not a party to what it reports. The possessive
// "'s" is a case marker too, but of a possessor, never of a subject's head.
func subjectOf(ps parse.Sentence, v int) int {
	sj := ps.Subject(v)
	if sj >= 0 && caseMarked(ps, sj) {
		return -1
	}
	return sj
}

// caseMarked reports a nominal with an adposition of its own: a case child other than the
// possessive "'s", or "according to" right before its phrase however the parse attached it.
func caseMarked(ps parse.Sentence, j int) bool {
	for _, k := range ps.Children(j) {
		if ps.Tokens[k].Rel != "case" {
			continue
		}
		switch ps.Tokens[k].Text {
		case "'s", "'", "’s", "’":
		default:
			return true
		}
	}
	from, _ := ps.Subtree(j)
	return from >= 2 && strings.EqualFold(ps.Tokens[from-2].Text, "according") && strings.EqualFold(ps.Tokens[from-1].Text, "to")
}

func partiesOrNil(subj, obj []int) ([]int, []int) {
	subj, obj = distinct(subj), distinct(obj)
	var rest []int
	for _, a := range obj {
		if !contains(subj, a) {
			rest = append(rest, a)
		}
	}
	if len(subj)+len(rest) < 2 {
		return nil, nil
	}
	return subj, rest
}

// actorsOf returns the participant actor a parse argument names: the mention at its
// token, or at the tokens of its name ("Mr" heads "Mr Downer" in UD) and its appositions
// ("his counterpart, Wang Yi"; "the Prime Minister, the Hon Laisenia Qarase").
func (y *syntax) actorsOf(r *resolver, at []int, j int) []int {
	ps := y.sent
	var out []int
	var visit func(j, depth int)
	visit = func(j, depth int) {
		if mi := at[y.tokOf[j]]; mi >= 0 && r.participantKind(mi) {
			out = append(out, r.s.mentions[mi].actor)
			return
		}
		if depth > 2 {
			return
		}
		for _, k := range ps.Children(j) {
			switch ps.Tokens[k].Rel {
			case "flat", "compound", "appos", "flat:name":
				visit(k, depth+1)
			}
		}
	}
	visit(j, 0)
	if len(out) == 0 {
		if a := y.holderAfterOffice(r, at, j); a >= 0 {
			out = append(out, a) // "President of the People's Republic of China Xi Jinping"
		}
	}
	if len(out) == 0 && ps.Tokens[j].UPOS == "PRON" {
		switch strings.ToLower(ps.Tokens[j].Text) {
		case "him", "her":
			// "Lopez Obrador said Trump had spoken to him": the speaker of the clause above
			for v := ps.Tokens[j].Head; v >= 0; v = ps.Tokens[v].Head {
				if ps.Tokens[v].Rel == "ccomp" && ps.Tokens[v].Head >= 0 && r.s.gaz.IsSpeechVerb(strings.ToLower(ps.Tokens[ps.Tokens[v].Head].Text)) {
					if sj := subjectOf(ps, ps.Tokens[v].Head); sj >= 0 && sj != j {
						return y.actorsOf(r, at, sj)
					}
					break
				}
			}
		}
	}
	return distinct(out)
}

// holderAfterOffice returns the actor named right after the office of place that parse
// token j opens, as readouts write it ("President of France Emmanuel Macron", "Prime
// Minister of the Republic of Croatia Ana Kovac", "President of the Russian Federation X"), or -1. The parse often hangs the name
// on the place, not on the office; only the office's "of" phrase of proper names may stand
// between them.
func (y *syntax) holderAfterOffice(r *resolver, at []int, j int) int {
	ps := y.sent
	if !r.s.officeStartsAt(y.tokOf[j], len(r.s.toks)) {
		return -1
	}
	_, hi := ps.Subtree(j)
	for k := j + 1; k <= hi; k++ {
		if mi := at[y.tokOf[k]]; mi >= 0 {
			if r.participantKind(mi) && r.s.mentions[mi].kind == mPerson {
				return r.s.mentions[mi].actor
			}
			if r.s.mentions[mi].kind == mPerson {
				return -1
			}
		}
		switch t := ps.Tokens[k]; t.UPOS {
		case "PROPN", "DET", "PART", "NOUN":
		case "ADJ":
			if !r.s.toks[y.tokOf[k]].Cap {
				return -1 // the adjective of a state's formal name is capitalised: "the Russian Federation", "the Democratic Republic of Congo"
			}
		case "ADP":
			if !strings.EqualFold(t.Text, "of") {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// mainRel strips a relation's subtype: "obl:tmod" -> "obl".
func mainRel(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}

// mediumCase reports the markers of a contact noun that is the occasion or medium of its
// verb: "in a call", "during talks", "at a meeting", "over the phone", "on a call", "by
// video link".
func mediumCase(c string) bool {
	switch c {
	case "in", "during", "at", "over", "on", "by", "via", "after", "following":
		return true
	}
	return false
}

// sentWith reports "sat with X" as a meeting: the parse hangs on the verb a "with" phrase
// that names a person.
func (x *Extractor) sentWith(s *scan, at []int, i int) bool {
	y, v := x.predicate(s, i)
	if y == nil {
		return false
	}
	for _, o := range y.sent.Obliques(v) {
		if o.Case != "with" {
			continue
		}
		lo, hi := y.sent.Subtree(o.Index)
		for j := lo; j <= hi; j++ {
			if mi := at[y.tokOf[j]]; mi >= 0 && s.mentions[mi].kind == mPerson {
				return true
			}
		}
	}
	return false
}

// predicate returns the parse of the sentence of extractor token i and i's parse token,
// or nil when the sentence has no parse.
func (x *Extractor) predicate(s *scan, i int) (*syntax, int) {
	y := x.syntaxOf(s, s.toks[i].Sent)
	if y == nil {
		return nil, -1
	}
	v := y.at(i)
	if v < 0 {
		return nil, -1
	}
	return y, v
}

// twoParticipants reports whether sentence si names at least two actors that can take
// part in a contact: without them the parse cannot find a contact's parties, so the
// sentence need not be parsed (most sentences with a contact word are not).
func (r *resolver) twoParticipants(at []int, si int) bool {
	se := r.s.sents[si]
	first := -1
	for k := se.from; k < se.to; k++ {
		if mi := at[k]; mi >= 0 && r.participantKind(mi) {
			if a := r.s.mentions[mi].actor; first < 0 {
				first = a
			} else if a != first {
				return true
			}
		}
	}
	return false
}

// possessorObject reports a contact verb whose first name after it is a possessor: the
// object is the thing possessed, not a party ("welcomed Erdogan's decision", "met
// Putin's aides").
func (s *scan) possessorObject(at []int, tr trigger) bool {
	for k := tr.to; k < len(s.toks) && k < tr.to+8; k++ {
		if mi := at[k]; mi >= 0 {
			m := s.mentions[mi]
			return m.to < len(s.toks) && s.toks[m.to].Kind == tokens.Poss
		}
		if t := s.toks[k]; t.Kind != tokens.Word || !t.Cap && !s.isMatchKind(k, lexicon.PhraseOffice) {
			return false
		}
	}
	return false
}

// relativeAntecedent returns the noun a relative pronoun stands for when token j is "whom"
// or "who" in the relative clause headed by v ("Hassan, with whom Ruto met": Hassan), else
// j itself.
func relativeAntecedent(ps parse.Sentence, j, v int) int {
	if w := strings.ToLower(ps.Tokens[j].Text); (w == "whom" || w == "who") && ps.Tokens[v].Rel == "acl:relcl" && ps.Tokens[v].Head >= 0 {
		return ps.Tokens[v].Head
	}
	return j
}

// reducedRelativeObject returns the party of a contact verb that heads a relative clause
// with no pronoun and no object of its own: the noun the clause qualifies is what the verb
// takes ("the officials Ruto met"), and when that noun is the predicate of a copula, its
// subject is the person ("Hassan was among the leaders Ruto met on Tuesday": Hassan).
func reducedRelativeObject(ps parse.Sentence, v int) int {
	h := ps.Tokens[v].Head
	for _, k := range ps.Children(h) {
		if ps.Tokens[k].Rel == "cop" {
			if sj := ps.Subject(h); sj >= 0 {
				return sj
			}
		}
	}
	return h
}

package extract

import (
	"iter"
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/parse"
)

// deniedAbove reads the parse for a verb of denial that governs a contact word through a
// complement clause, or through the reports that clause fills: "The White House denied
// that Biden had spoken with Xi", "Peskov dismissed reports that Putin had met Y", "X
// denied having held talks with Y" (a perfect gerund the parse reads as an adverbial
// clause: gerundAfter), "X denied meeting Y", "X denied talking on the phone with Y" (the
// medium hangs on the contact verb), "dismissed reports of a meeting with Y" (words class
// hearsay): the contact is denied, not reported. A negated denial
// ("did not deny that they had met") leaves the contact, and so does a contact noun that
// is the denial's own object ("dismissed the talks as a failure"). It climbs from the
// contact word through open and reported complements, objects and a noun's clause, at most
// four steps; a gerund right after the denial needs no parse (denialBefore).
func (x *Extractor) deniedAbove(s *scan, tr trigger) bool {
	if !mayBeDenied(s, s.toks[tr.at].Sent) {
		return false
	}
	if d := s.denialBefore(tr); d >= 0 {
		return d == 0 || !s.gaz.In(lexicon.Negation, s.toks[d-1].Low)
	}
	ps, v, ok := x.parsedAt(s, tr)
	if !ok {
		return false
	}
	for j, steps := v, 0; j >= 0 && steps < 4; steps++ {
		t := ps.Tokens[j]
		if t.Head < 0 {
			return false
		}
		switch t.Rel {
		case "ccomp", "xcomp", "obj", "acl", "csubj":
		case "advcl":
			if !gerundAfter(ps, j) {
				return false // "denied the report, saying he met Y": a clause of its own
			}
		case "obl":
			if _, ok := x.gaz.ContactWords[strings.ToLower(ps.Tokens[t.Head].Text)]; steps > 0 || !ok {
				return false
			}
			// "denied talking on the phone with Y": the medium goes with the contact verb it hangs on
		case "nmod":
			if c := ps.Case(j); c != "of" && c != "about" || !s.gaz.In(lexicon.Hearsay, strings.ToLower(ps.Tokens[t.Head].Text)) {
				return false // "dismissed the outcome of the talks": the talks were held
			}
			// "dismissed reports of a meeting with Y", "denied rumours about talks with Y"
		default:
			return false
		}
		j = t.Head
		if s.gaz.In(lexicon.Denial, strings.ToLower(ps.Tokens[j].Text)) {
			// "dismissed the talks as a failure": the contact itself as the object was held;
			// "denied meeting Y": a gerund right after the verb is the denied doing
			gerund := steps == 0 && j == v-1 && strings.HasSuffix(strings.ToLower(ps.Tokens[v].Text), "ing")
			return !ps.IsNegated(j) && !(steps == 0 && t.Rel == "obj" && !gerund)
		}
	}
	return false
}

// denialBefore returns the word of denial a contact verb's gerund follows, "denied
// meeting Y", "denied having met Y", "denied ever having spoken with Y", or -1: the words
// tell it where the parse of a long sentence goes astray.
func (s *scan) denialBefore(tr trigger) int {
	k := tr.at - 1
	perfect := k >= 0 && s.toks[k].Low == "having"
	if perfect {
		k--
	}
	if k >= 0 && s.toks[k].Low == "ever" {
		k--
	}
	if k < 0 || !(perfect || strings.HasSuffix(s.toks[tr.at].Low, "ing")) || !s.gaz.In(lexicon.Denial, s.toks[k].Low) {
		return -1
	}
	return k
}

// gerundAfter reports whether parse token j is an -ing form right after its head, or
// after its head and one adverb: "denied having met Y", "denied ever having met Y" (the
// parse hangs the perfect gerund on the verb as an adverbial clause).
func gerundAfter(ps parse.Sentence, j int) bool {
	h := ps.Tokens[j].Head
	if !strings.HasSuffix(strings.ToLower(ps.Tokens[j].Text), "ing") {
		return false
	}
	return j == h+1 || j == h+2 && ps.Tokens[h+1].UPOS == "ADV"
}

// mayBeDenied reports whether sentence si holds a word of the denial class: most sentences
// with a contact word hold none and need no parse for it.
func mayBeDenied(s *scan, si int) bool { return mayHold(s, si, lexicon.Denial) }

// mayHold reports whether sentence si holds a word of class c, before the parse is asked.
func mayHold(s *scan, si int, c lexicon.Class) bool {
	se := s.sents[si]
	text := strings.ToLower(string(s.rs[se.start:se.end]))
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if s.gaz.In(c, w) {
			return true
		}
	}
	return false
}

// occasionOfRefused reports a contact noun the parse hangs, as an adjunct of occasion
// ("during", "at", "on", "in", "for"), on a contact word of its clause told as not held
// (refused: their tokens), or on a word at most two steps above it: "X and Y will not
// meet in Colombo during the summit", "X ruled out a meeting with Y at the summit", "X
// and Y have no plans to meet during the summit": the noun is the occasion of the contact
// refused, not a contact held. A noun that names a contact of its own ("did not speak
// during his meeting with Y") is none such.
func (x *Extractor) occasionOfRefused(s *scan, tr trigger, refused []int) bool {
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	t := ps.Tokens[v]
	if t.Head < 0 || (mainRel(t.Rel) != "obl" && mainRel(t.Rel) != "nmod") {
		return false
	}
	switch ps.Case(v) {
	case "during", "at", "on", "in", "for":
	default:
		return false
	}
	for _, k := range ps.Children(v) {
		switch w := strings.ToLower(ps.Tokens[k].Text); {
		case w == "his" || w == "her" || w == "their" || ps.Tokens[k].Rel == "nmod:poss":
			return false // "did not speak during his meeting with Y": a contact of its own, held
		case mainRel(ps.Tokens[k].Rel) == "nmod" && (ps.Case(k) == "with" || ps.Case(k) == "between"):
			return false // "did not comment during talks with Y"
		}
	}
	for _, k := range refused {
		r := y.at(k)
		if r < 0 {
			continue
		}
		for j, steps := r, 0; j >= 0 && steps < 3; j, steps = ps.Tokens[j].Head, steps+1 {
			if t.Head == j {
				return true // on the refused word or the words above it: "have no plans to meet", "dismissed reports of a meeting"
			}
		}
	}
	return false
}

// doubtedAbove reads the parse for a word of doubt that governs a contact word through a
// reported or open complement, where the subject between them is too long for the words
// before the contact to show it: "Analysts doubt that Indian Prime Minister X and
// Pakistani Prime Minister Y will meet": talked of, proposed. A negated doubt ("do not
// doubt that they will meet") leaves the contact as told.
func (x *Extractor) doubtedAbove(s *scan, tr trigger) bool {
	if !mayHold(s, s.toks[tr.at].Sent, lexicon.Doubt) {
		return false
	}
	ps, v, ok := x.parsedAt(s, tr)
	if !ok {
		return false
	}
	for j := range complementHeads(ps, v, 3) {
		if s.gaz.In(lexicon.Doubt, strings.ToLower(ps.Tokens[j].Text)) {
			return !ps.IsNegated(j)
		}
	}
	return false
}

// parsedAt returns the parse of a trigger's sentence and the trigger's parse token; ok is
// false when the sentence has no parse.
func (x *Extractor) parsedAt(s *scan, tr trigger) (parse.Sentence, int, bool) {
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return parse.Sentence{}, -1, false
	}
	return y.sent, v, true
}

// complementHeads yields the words above parse token v that it fills as a reported or open
// complement, an object or a noun's clause, one after another, at most steps of them.
func complementHeads(ps parse.Sentence, v, steps int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for j := v; steps > 0; steps-- {
			t := ps.Tokens[j]
			switch t.Rel {
			case "ccomp", "xcomp", "obj", "acl":
			default:
				return
			}
			if t.Head < 0 || !yield(t.Head) {
				return
			}
			j = t.Head
		}
	}
}

package extract

import (
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/parse"
)

// negatedAbove reads the parse for a negation that governs a contact word from above it,
// where the token window of status cannot see it: "there is no discussion about the
// possibility of a meeting between X and Y", "has no plans to hold talks with Y", "X has
// not so far held any talks with Y", "the meeting with Y was not held". It climbs from the
// contact word through the phrases that make it an argument of its head (a noun's "of"/
// "about" modifier or complement, a verb's object or open complement, a passive's subject)
// and stops at a clause boundary (a reported, adverbial or relative clause) and at a
// contact noun that is the occasion of its verb or noun ("did not mention X during the
// call", "no word on sanctions at the meeting": the call and meeting were held). A contact word with no parse is not negated here.
func (x *Extractor) negatedAbove(s *scan, tr trigger) bool {
	if !mayBeNegated(s, s.toks[tr.at].Sent) {
		return false
	}
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	for j, steps := v, 0; j >= 0 && steps < len(ps.Tokens); steps++ {
		if ps.IsNegated(j) && !notOnly(ps, j) && !ruleOut(s.gaz, ps, j) {
			return true
		}
		if j != v && s.gaz.In(lexicon.Negation, strings.ToLower(ps.Tokens[j].Text)) {
			return true // "refused on Tuesday to hold a meeting with Y"
		}
		t := ps.Tokens[j]
		if t.Head < 0 {
			return false
		}
		head := ps.Tokens[t.Head]
		nounHead := head.UPOS == "NOUN" || head.UPOS == "PROPN"
		switch rel := t.Rel; {
		case mainRel(rel) == "nmod" && rel != "nmod:poss" && nounHead && !mediumCase(ps.Case(j)):
			if s.gaz.In(lexicon.Disclosure, strings.ToLower(head.Text)) {
				return false // "gave no details of the talks": the telling is negated, not the talks
			}
		case rel == "acl" && nounHead: // "no plans to meet"
		case rel == "obj" || rel == "xcomp" || rel == "nsubj:pass":
		case mainRel(rel) == "obl" && !mediumCase(ps.Case(j)) && ps.Case(j) != "since": // "has not spoken to Y since the call": the call was held
		default:
			return false
		}
		j = t.Head
	}
	return false
}

// mayBeNegated reports whether sentence si holds a word that negatedAbove could read as a
// negation (a word of the negation class, or one with "not", "never" or "n't" inside, which
// the parser may split off: "cannot", "don't"). Most sentences with a contact word hold
// none, and they need no parse for it: parsing every such sentence doubled the extraction's
// CPU. The test is wider than the parse's tokens, never narrower, so no negation is lost.
func mayBeNegated(s *scan, si int) bool {
	se := s.sents[si]
	text := strings.ToLower(string(s.rs[se.start:se.end]))
	if strings.Contains(text, "n't") || strings.Contains(text, "n\u2019t") {
		return true
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if s.gaz.In(lexicon.Negation, w) || strings.Contains(w, "not") || strings.Contains(w, "never") {
			return true
		}
	}
	return false
}

// ruleOut reports "rule out", "turn down" or a verb of refusal at token j: negated, it keeps the
// contact possible ("has not ruled out a meeting", "would not refuse a meeting").
func ruleOut(g *lexicon.Lexicon, ps parse.Sentence, j int) bool {
	switch w := strings.ToLower(ps.Tokens[j].Text); w {
	case "rule", "ruled", "rules", "ruling":
		return j+1 < len(ps.Tokens) && strings.ToLower(ps.Tokens[j+1].Text) == "out"
	case "turn", "turned", "turns", "turning":
		return j+1 < len(ps.Tokens) && strings.ToLower(ps.Tokens[j+1].Text) == "down" // "has not turned down a meeting"
	default:
		return g.In(lexicon.Refusal, w) // "would not refuse a meeting"
	}
}

// notOnly reports "not only" on predicate j: "not only met X but also Y" is no negation.
func notOnly(ps parse.Sentence, j int) bool {
	for _, k := range ps.Children(j) {
		if strings.ToLower(ps.Tokens[k].Text) != "not" {
			continue
		}
		for _, m := range ps.Children(k) {
			if strings.ToLower(ps.Tokens[m].Text) == "only" {
				return true
			}
		}
		if k+1 < len(ps.Tokens) && strings.ToLower(ps.Tokens[k+1].Text) == "only" {
			return true
		}
	}
	return false
}

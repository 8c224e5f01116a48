package extract

import (
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
)

// deniedAbove reads the parse for a verb of denial that governs a contact word through a
// complement clause, or through the reports that clause fills: "The White House denied
// that Biden had spoken with Xi", "Peskov dismissed reports that Putin had met Y", "X
// denied having held talks with Y", "X denied meeting Y": the contact is denied, not reported. A negated denial
// ("did not deny that they had met") leaves the contact, and so does a contact noun that
// is the denial's own object ("dismissed the talks as a failure"). It climbs from the contact word
// through open and reported complements, objects and a noun's clause, at most four steps.
func (x *Extractor) deniedAbove(s *scan, tr trigger) bool {
	if !mayBeDenied(s, s.toks[tr.at].Sent) {
		return false
	}
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	for j, steps := v, 0; j >= 0 && steps < 4; steps++ {
		t := ps.Tokens[j]
		if t.Head < 0 {
			return false
		}
		switch t.Rel {
		case "ccomp", "xcomp", "obj", "acl", "csubj":
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

// mayBeDenied reports whether sentence si holds a word of the denial class: most sentences
// with a contact word hold none and need no parse for it.
func mayBeDenied(s *scan, si int) bool {
	se := s.sents[si]
	text := strings.ToLower(string(s.rs[se.start:se.end]))
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if s.gaz.In(lexicon.Denial, w) {
			return true
		}
	}
	return false
}

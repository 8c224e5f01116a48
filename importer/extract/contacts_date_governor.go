package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// governorDate reports a date of an anaphoric contact noun that dates the event of the
// verb the noun is an argument of: "But last April, the rebels pulled out of negotiations"
// tells when they pulled out, not a day of the talks, and lends no day to the contact the
// noun refers to. The verb has a subject of its own, is no light verb ("held talks on
// Monday", "resumed talks") nor a contact word, and the date hangs on it, not on the noun
// ("during talks on Monday").
func (x *Extractor) governorDate(s *scan, tr trigger, d dateExpr) bool {
	if !tr.noun || s.gaz.In(lexicon.Gathering, s.toks[tr.at].Low) {
		return false // "gathered on Saturday for their annual summit": the summit's day
	}
	y, n := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	v := ps.Tokens[n].Head
	if v < 0 || ps.Tokens[v].UPOS != "VERB" || !hasSubject(ps, v) {
		return false
	}
	switch mainRel(ps.Tokens[n].Rel) {
	case "obl", "obj":
	default:
		return false // the subject of its verb ("the talks resumed on Monday"), or a noun's modifier
	}
	w := strings.ToLower(ps.Tokens[v].Text)
	if s.gaz.In(lexicon.Light, w) || s.gaz.In(lexicon.PastLight, w) {
		return false
	}
	if _, ok := s.gaz.ContactWords[w]; ok {
		return false
	}
	j := y.at(d.from)
	for steps := 0; j >= 0 && steps < len(ps.Tokens); steps++ {
		switch j {
		case n:
			return false
		case v:
			return true
		}
		j = ps.Tokens[j].Head
	}
	return false
}

package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// Which of two dates is the contact's: news packs two events and their days into one
// sentence ("X will travel to Rome on Friday, days after meeting Y on Tuesday", "In a call
// on Tuesday that followed talks in Vienna on Monday, ..."), and the nearest date by
// words is then a coin toss between them. The parse tells which predicate each date
// hangs on: a date on the contact's own predicate wins over the nearest one when that
// hangs on another verb. The parse is asked only when two dates are left after the
// token rules, since parsing is the costliest step of extraction.

// dateAttachment is where the parse hangs a date expression, seen from a contact word.
type dateAttachment int

const (
	attachUnknown   dateAttachment = iota // no parse, or the date's heads reach neither
	attachContact                         // on the contact word or the verb that governs it
	attachOtherVerb                       // on a verb of another event
)

// dateAttachment tells where d hangs from contact word tr: on tr itself (or on the light
// verb whose object a contact noun is: "held talks with Y on Tuesday"), or first on another
// verb ("travel to Rome on Friday", "flew home on Wednesday after talks with Y"). A verb
// the parse may have made of the date's own word is not another.
func (x *Extractor) dateAttachment(s *scan, tr trigger, d dateExpr) dateAttachment {
	if s.toks[d.from].Sent != s.toks[tr.at].Sent {
		return attachUnknown
	}
	y, n := x.predicate(s, tr.at)
	if y == nil {
		return attachUnknown
	}
	ps := y.sent
	light := -1 // the light verb a contact noun is the object of: "held talks with Y on Tuesday"
	if v := ps.Tokens[n].Head; ps.Tokens[n].UPOS != "VERB" && v >= 0 && ps.Tokens[v].UPOS == "VERB" {
		if w := strings.ToLower(ps.Tokens[v].Text); s.gaz.In(lexicon.Light, w) || s.gaz.In(lexicon.PastLight, w) {
			light = v
		}
	}
	first := y.at(d.from)
	j := first
	for steps := 0; j >= 0 && steps < len(ps.Tokens); steps++ {
		switch {
		case j == n || j == light:
			return attachContact
		case ps.Tokens[j].UPOS == "VERB" && j != first:
			return attachOtherVerb
		}
		j = ps.Tokens[j].Head
	}
	return attachUnknown
}

// ownPredicateDate returns, when the nearest date best hangs on another event's verb, the
// nearest of the other dates left that hangs on the contact's own predicate and that fits
// allows (no other event's by the token rules); else best.
func (x *Extractor) ownPredicateDate(s *scan, tr trigger, best dateExpr, left []dateExpr, fits func(dateExpr) bool) dateExpr {
	if len(left) < 2 || x.dateAttachment(s, tr, best) != attachOtherVerb {
		return best
	}
	for _, d := range left {
		if d.from != best.from && x.dateAttachment(s, tr, d) == attachContact && fits(d) {
			return d
		}
	}
	return best
}

package extract

import "hotline/importer/parse"

// otherEventDate reads the parse for a date after a contact word that dates another
// event: the first verb above the date is not the contact word, one of the words it hangs
// on or a clause on the contact noun, but a verb with a subject of its own ("the call marked the first
// contact in seven months, after Turkey shot down a Russian jet in November 2015"). A
// date before the contact word, or with no parse, is left to the token rules.
func (x *Extractor) otherEventDate(s *scan, d dateExpr, tr trigger) bool {
	if d.from < tr.to {
		return false
	}
	y, v := x.predicate(s, tr.at)
	if y == nil {
		return false
	}
	ps := y.sent
	above := map[int]bool{} // the contact word and what it hangs on
	for j, steps := v, 0; j >= 0 && steps < len(ps.Tokens); j, steps = ps.Tokens[j].Head, steps+1 {
		above[j] = true
	}
	j := y.at(d.from)
	if j < 0 {
		return false
	}
	for steps := 0; j >= 0 && steps < len(ps.Tokens); steps++ {
		if above[j] {
			return false
		}
		if t := ps.Tokens[j]; t.UPOS == "VERB" && !inSpan(y, j, d) {
			if t.Head == v {
				return false // a clause on the contact noun dates it: "a conversation Kerry and Lavrov had Saturday"
			}
			if hasSubject(ps, j) {
				return true
			}
			// a verb with no subject of its own belongs to the clause above it ("talks to
			// end the war in early March")
		}
		j = ps.Tokens[j].Head
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

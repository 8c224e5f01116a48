package extract

// namedBy reports "called" (or "named") that names the noun before it rather than
// telephones: in the parse a participle modifying that noun (acl, not a relative clause)
// with the name as its complement: "a charity called Save the Children", "a soldier
// called Taras Petrenko", "a village called Moshchun". The sentence's subject made no
// call to the one so named. With no parse it reports false.
func (x *Extractor) namedBy(s *scan, i int) bool {
	y, v := x.predicate(s, i)
	if y == nil || y.sent.Tokens[v].Rel != "acl" {
		return false
	}
	for _, t := range y.sent.Tokens {
		if t.Head == v && mainRel(t.Rel) == "xcomp" {
			return true
		}
	}
	return false
}

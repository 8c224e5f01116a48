package extract

import "hotline/importer/extract/tokens"

// regionOffice returns what the words before an office say when a region the lexicon
// knows as no country follows the office before the name: "U.S. Special Envoy to the
// Middle East Steve X", "EU envoy for the Sahel Maria X". The region is one to three
// capitalized words after "to" or "for" (and "the"); the office and the words before it
// give the role and the country, as if the name stood right after the office. ok is false
// when no office stands there.
func (x *Extractor) regionOffice(s *scan, se sentence, from int) (context, bool) {
	k, n := from-1, 0
	for ; k > se.from && n < 3 && s.toks[k].Kind == tokens.Word && s.toks[k].Cap; k, n = k-1, n+1 {
		if _, ok := s.matchOf(k); ok {
			return context{}, false
		}
	}
	if n == 0 || k <= se.from {
		return context{}, false
	}
	if s.toks[k].Low == "the" {
		k--
	}
	if k <= se.from || s.toks[k].Low != "to" && s.toks[k].Low != "for" || !s.endsOffice(k-1) {
		return context{}, false
	}
	c := x.leftWords(s, se, k)
	return c, c.role != ""
}

// bodyOffice returns what the words before an office say when "of" and an organization
// complete the office right before the name, with no comma: "the President of the
// European Commission X", "the Secretary-General of the Arab League X". The office and the
// words before it give the role, the body its country when they give none. ok is false
// when no such office stands there.
func (x *Extractor) bodyOffice(s *scan, se sentence, from int) (context, bool) {
	if from-1 <= se.from {
		return context{}, false
	}
	o := s.officeOfBody(from - 1)
	if o < se.from {
		return context{}, false
	}
	c := x.leftWords(s, se, o+1)
	if c.role == "" {
		return context{}, false
	}
	m, _ := s.matchOf(from - 1)
	c.country = pick(c.country, x.gaz.Orgs[m.Idx].Country)
	return c, true
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"slices"
)

// describedOf reads a subject described as "the foreign ministers of Britain, China,
// France and Russia" right before token end. Each country goes to the article's person
// from it whose role fits; failing that, when the sentence before (or this one, before
// the description) lists exactly as many persons and none of them serves another
// country, they are the ones described ("Kerry, Lavrov, Fabius and Wang arrived. Later,
// the foreign ministers of ... met Zarif"). nil otherwise: the group is not invented.
func (r *resolver) describedOf(c clause, end int) []int {
	s := r.s
	var codes []string
	k := end - 1
	for ; k > c.from; k-- {
		t := s.toks[k]
		if t.Low == "and" || t.Text == "," || t.Low == "the" {
			continue
		}
		m, ok := s.matchOf(k)
		if !ok || m.To != k+1 || m.Kind != lexicon.PhraseCountry {
			break
		}
		codes = append(codes, r.x.gaz.Countries[m.Idx].Code)
		k = m.From
	}
	if len(codes) < 2 || k <= c.from || s.toks[k].Low != "of" {
		return nil
	}
	fits := r.pluralRoleBefore(c, k)
	if fits == nil {
		return nil
	}
	if out := r.holders(codes, fits); out != nil {
		return out
	}
	listed := r.personsBetween(s.sents[c.sent].from, k)
	if len(listed) != len(codes) && c.sent > 0 {
		listed = r.personsBetween(s.sents[c.sent-1].from, s.sents[c.sent-1].to)
	}
	if len(listed) != len(codes) {
		return nil
	}
	for _, a := range listed {
		if cc := r.actors[a].country; cc != "" && !slices.Contains(codes, cc) {
			return nil
		}
	}
	return listed
}

// pluralRoleBefore returns the test of a role the plural office of one or two words
// right before token k fits ("foreign ministers", "leaders"), or nil.
func (r *resolver) pluralRoleBefore(c clause, k int) func(string) bool {
	s := r.s
	if k-1 < c.from {
		return nil
	}
	fits := r.x.gaz.PluralRole(s.toks[k-1].Low)
	if k-2 >= c.from && s.toks[k-2].Kind == tokens.Word {
		if f := r.x.gaz.PluralRole(s.toks[k-2].Low + " " + s.toks[k-1].Low); f != nil {
			fits = f
		}
	}
	return fits
}

// describedCount reads a subject described by a count of countries right before token
// end, "the foreign ministers of the four countries" (nations, states): the persons of
// the sentence before, else of the next one, in the paragraph, when it names exactly that
// many persons of as many countries (oneEachCountry) ("The foreign ministers of the four countries
// met in Cairo. Egypt's A, Jordan's B, Saudi Arabia's C and Qatar's D called for ...").
// nil otherwise: the group is not invented.
func (r *resolver) describedCount(c clause, end int) []int {
	s := r.s
	k := end - 1
	if k-4 < c.from || !s.gaz.In(lexicon.States, s.toks[k].Low) || s.toks[k-2].Low != "the" || s.toks[k-3].Low != "of" {
		return nil
	}
	n := number(s.toks[k-1].Low)
	fits := r.pluralRoleBefore(c, k-3)
	if n < 2 || fits == nil {
		return nil
	}
	for _, si := range []int{c.sent - 1, c.sent + 1} {
		if si < 0 || si >= len(s.sents) || s.sents[si].para != s.sents[c.sent].para {
			continue
		}
		listed := r.personsBetween(s.sents[si].from, s.sents[si].to)
		if len(listed) != n {
			continue
		}
		if r.oneEachCountry(listed, fits) {
			return listed
		}
	}
	return nil
}

// oneEachCountry reports persons of as many different countries, told for each, at least
// one of whom holds an office that fits: a round of the countries' envoys, whatever other
// office one of them also holds (a prime minister who is foreign minister too).
func (r *resolver) oneEachCountry(listed []int, fits func(string) bool) bool {
	seen, fit := map[string]bool{}, false
	for _, a := range listed {
		cc := r.actors[a].country
		if cc == "" || seen[cc] {
			return false
		}
		seen[cc] = true
		fit = fit || fits(r.actors[a].role)
	}
	return fit
}

// holders returns, for each country code, the one person of the article from that
// country whose role fits; nil unless every country finds exactly one.
func (r *resolver) holders(codes []string, fits func(string) bool) []int {
	var out []int
	for _, code := range codes {
		found := -1
		for i, a := range r.actors {
			if a.kind != "person" || a.country != code || !fits(a.role) {
				continue
			}
			if found >= 0 {
				return nil // two Russian leaders: the description does not say which
			}
			found = i
		}
		if found < 0 {
			return nil
		}
		out = append(out, found)
	}
	return out
}

// personsBetween returns the distinct persons mentioned in tokens [from, to).
func (r *resolver) personsBetween(from, to int) []int {
	var out []int
	for _, m := range r.s.mentions {
		if m.from >= from && m.to <= to && m.actor >= 0 && r.actors[m.actor].kind == "person" && !contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	return out
}

// leadingSubjects returns the persons listed at the start of the sentence, before token
// end, when they are two or more joined by "and" and none is the one excluded: the
// people "them" stands for in "A and B will fly to Camp David, where C will host them".
func (r *resolver) leadingSubjects(c clause, end, exclude int) []int {
	s := r.s
	se := s.sents[c.sent]
	if end <= se.from || !hasWord(s, se.from, end, "where") {
		return nil
	}
	var out []int
	last := -1
	for _, mi := range s.sentenceMentions(c.sent) {
		m := s.mentions[mi]
		if m.sent != c.sent || m.from >= end || m.actor < 0 || r.actors[m.actor].kind != "person" || m.actor == exclude || contains(out, m.actor) {
			continue
		}
		if last >= 0 && !s.onlyListJoin(last, m.from) && !s.listJoin(last, m.from) {
			break
		}
		if last < 0 && s.contextStart(m.from) > se.from+1 {
			return nil // the list must open the sentence
		}
		out, last = append(out, m.actor), m.to
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

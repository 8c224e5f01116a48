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
	fits := r.x.gaz.PluralRole(s.toks[k-1].Low)
	if k-2 >= c.from && s.toks[k-2].Kind == tokens.Word {
		if f := r.x.gaz.PluralRole(s.toks[k-2].Low + " " + s.toks[k-1].Low); f != nil {
			fits = f
		}
	}
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

package extract

import "strings"

// sentencePair returns the two persons of a sentence when it names exactly two, not
// counting, unless reporters is set, one who reports ("Ushakov said the two leaders would
// discuss").
func (r *resolver) sentencePair(si int, reporters bool) []int {
	var out []int
	for _, m := range r.s.mentions {
		if m.sent == si && m.actor >= 0 && r.actors[m.actor].kind == "person" && !contains(out, m.actor) && (reporters || !r.x.speaks(r.s, &m)) {
			out = append(out, m.actor)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// pairParts are the participants "they"/"the two men"/"the two leaders" refer to: the
// contact of this or the previous sentence; else among the contacts of the last twelve
// sentences that are not one of several bilateral ones, the most reported (the latest on
// a tie); for "leaders", the latest contact between heads of
// state or government, else the first two such persons of the article.
func (r *resolver) pairParts(cs []*building, last *building, f frame) []int {
	if f.leaders {
		for i := len(cs) - 1; i >= 0; i-- {
			all := true
			for _, p := range cs[i].parts {
				all = all && r.x.gaz.isLeaderRole(r.actors[p].role)
			}
			if all {
				return cs[i].parts
			}
		}
		var leaders []int
		for _, i := range r.s.order() {
			m := r.s.mentions[i]
			if m.actor >= 0 && r.actors[m.actor].kind == "person" && r.x.gaz.isLeaderRole(r.actors[m.actor].role) && !contains(leaders, m.actor) {
				leaders = append(leaders, m.actor)
			}
		}
		if len(leaders) >= 2 {
			return leaders[:2]
		}
	}
	if last == nil || f.sent-last.lastSent > 6 {
		return nil
	}
	if f.sent-last.lastSent <= 1 && !last.split {
		return last.parts // reported in this or the previous sentence
	}
	var best *building
	for i := len(cs) - 1; i >= 0; i-- {
		if b := cs[i]; !b.split && f.sent-b.lastSent <= 12 && (best == nil || b.reports > best.reports) {
			best = b
		}
	}
	if best == nil {
		return last.parts
	}
	return best.parts
}

// nearPair returns the two persons named in sentence si, else in the one before it.
func (r *resolver) nearPair(si int) []int {
	if p := r.sentencePair(si, true); p != nil {
		return p
	}
	if si > 0 {
		return r.sentencePair(si-1, true)
	}
	return nil
}

// lastTime reports a contact verb in a "when" clause that recalls an earlier occasion:
// "Kim last visited Russia in April 2019, when he met Putin in Vladivostok". Such a contact
// is another one than the one being reported. ("They last met in May" is read by the
// caller: "last" right before the verb.)
func (s *scan) lastTime(c clause, tr trigger) bool {
	if tr.noun {
		return false
	}
	for k := c.from; k+1 < tr.at; k++ {
		if s.toks[k].low != "last" {
			continue
		}
		if n := s.toks[k+1]; n.kind == tWord && !n.cap && strings.HasSuffix(n.low, "ed") && hasWord(s, k, tr.at, "when") {
			return true
		}
	}
	return false
}

// againOn returns a second contact of the same parties that the clause adds with "and
// again on <date>" after the contact word: "met Moon on 27 April in Panmunjom, and again
// on 26 May".
func (s *scan) againOn(c clause, f frame) (frame, bool) {
	for k := f.tr.to; k+1 < c.to; k++ {
		if s.toks[k].low != "again" || s.toks[k-1].low != "and" {
			continue
		}
		if ds := s.findDates(k+1, min(c.to, k+5)); len(ds) > 0 && (!f.hasDate || ds[0].text != f.date.text) {
			g := f
			g.date, g.hasDate, g.another, g.split = ds[0], true, true, false
			return g, true
		}
	}
	return frame{}, false
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// sentencePair returns the two persons of a sentence when it names exactly two, not
// counting, unless reporters is set, one who reports ("Ushakov said the two leaders would
// discuss").
func (r *resolver) sentencePair(si int, reporters bool) []int {
	return r.sentenceGroup(si, 2, reporters)
}

// pairBefore returns the two persons sentence si names before token k, its contact word,
// when it names exactly two there, not counting one who reports: "The two leaders, X and
// Y, met". Persons named after the contact word are its other parties or its hosts ("The
// two last met in Paris, at talks hosted by A and B"), not the pair.
func (r *resolver) pairBefore(si, k int) []int {
	var out []int
	for _, mi := range r.s.sentenceMentions(si) {
		if m := r.s.mentions[mi]; m.to <= k && m.actor >= 0 && r.actors[m.actor].kind == "person" && !contains(out, m.actor) && (!r.x.speaks(r.s, &m) || r.listedSpeaker(m)) {
			out = append(out, m.actor)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// speakerPair returns the two persons of sentence si, one of them the one who reports
// there, when it names exactly two and neither speaks for a body: "X said that Y had been
// a reliable partner. The two spoke by phone" are X and Y, where the spokesperson of "A
// spokesman, Z, said Y had arrived" is no party.
func (r *resolver) speakerPair(si int) []int {
	out := r.sentenceGroup(si, 2, true)
	for _, a := range out {
		if r.spokesperson(a) {
			return nil
		}
	}
	return out
}

// sentenceGroup returns the n persons of sentence si when it names exactly n, not
// counting, unless reporters is set, one who reports.
func (r *resolver) sentenceGroup(si, n int, reporters bool) []int {
	var out []int
	for _, mi := range r.s.sentenceMentions(si) {
		if m := r.s.mentions[mi]; m.actor >= 0 && r.actors[m.actor].kind == "person" && !contains(out, m.actor) && (reporters || !r.x.speaks(r.s, &m) || r.listedSpeaker(m)) {
			out = append(out, m.actor)
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// pairParts are the participants "they"/"the two men"/"the two leaders" refer to: the
// contact of this or the previous sentence; else among the contacts of the last twelve
// sentences that are not one of several bilateral ones, the most reported (the latest on
// a tie); for "leaders", the latest contact between heads of
// state or government, else the first two such persons named in the six sentences before.
func (r *resolver) pairParts(cs []*building, last *building, f frame) []int {
	if f.leaders {
		for i := len(cs) - 1; i >= 0; i-- {
			all := true
			for _, p := range cs[i].parts {
				all = all && r.x.gaz.IsLeaderRole(r.actors[p].role)
			}
			if all {
				return cs[i].parts
			}
		}
		var leaders []int
		for _, i := range r.s.order() {
			m := r.s.mentions[i]
			if f.sent-m.sent > 6 || m.sent > f.sent {
				continue // leaders named long before, or only after, are not "the two leaders" of this sentence
			}
			if m.actor >= 0 && r.actors[m.actor].kind == "person" && r.x.gaz.IsLeaderRole(r.actors[m.actor].role) && !contains(leaders, m.actor) {
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

// nearPair returns the two persons a contact noun with no contact to refer to takes: the
// two of its own sentence when both are arguments of the predicate the noun hangs on ("At
// their meeting in Seoul, Kishida and Yoon agreed", "At the outset of the meeting, X
// conveyed greetings to Y"), else the two of the sentence before it. Persons named inside
// a quotation only are spoken of, not acting ("pay my compliments to Dr. Singh," Gilani
// said), and two persons of different clauses are no pair ("X made a dash to Brussels,
// hours after Y told a summit that ...": Y's summit is not X's).
func (x *Extractor) nearPair(r *resolver, tr trigger) []int {
	si := r.s.toks[tr.at].Sent
	if p := r.unquotedPair(si); p != nil {
		if r.frontedPossessive(tr, p) || x.argumentsOf(r, tr, p) {
			return p
		}
		return nil
	}
	if si > 0 && !r.s.refused[si-1] {
		return r.unquotedPair(si - 1) // not the pair of a meeting the sentence before ruled out
	}
	return nil
}

// unquotedPair is sentencePair (reporters counted) leaving out persons named only inside
// a quotation.
func (r *resolver) unquotedPair(si int) []int {
	var out []int
	for _, mi := range r.s.sentenceMentions(si) {
		m := r.s.mentions[mi]
		if m.sent == si && m.actor >= 0 && r.actors[m.actor].kind == "person" && !contains(out, m.actor) && !r.s.inQuote[m.from] && !r.s.nameBeforeNoun(m) {
			out = append(out, m.actor)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// argumentsOf reports whether every actor of pair is named in the clause of the predicate
// contact noun tr hangs on (through "of" phrases: "at the outset of the meeting"), not in
// a clause below it (a complement, adverbial or relative clause, another coordinated
// verb), nor across the edge of a quotation. With no parse it reports true.
func (x *Extractor) argumentsOf(r *resolver, tr trigger, pair []int) bool {
	y, v := x.predicate(r.s, tr.at)
	if y == nil {
		return true
	}
	ps := y.sent
	g := v
	for steps := 0; steps < len(ps.Tokens); steps++ {
		t := ps.Tokens[g]
		if t.Head < 0 || t.UPOS != "NOUN" && t.UPOS != "PROPN" || mainRel(t.Rel) != "nmod" {
			break
		}
		g = t.Head
	}
	if t := ps.Tokens[g]; t.Head >= 0 && r.s.inQuote[y.tokOf[g]] == r.s.inQuote[y.tokOf[t.Head]] {
		// a quotation is what its speaker says, however the parse hangs it on the speech
		// verb ("\"... the six-party talks ...,\" X said" read with the quote as an obl)
		switch mainRel(t.Rel) {
		case "obl", "obj", "nsubj":
			g = t.Head
		}
	}
	at := r.s.mentionIndex()
	var args []int
	var walk func(j int)
	walk = func(j int) {
		if mi := at[y.tokOf[j]]; mi >= 0 && r.participantKind(mi) {
			args = append(args, r.s.mentions[mi].actor)
		}
		for _, k := range ps.Children(j) {
			switch rel := mainRel(ps.Tokens[k].Rel); {
			case rel == "ccomp" || rel == "advcl" || rel == "acl" || rel == "parataxis" || rel == "csubj":
			case rel == "conj" && ps.Tokens[k].UPOS == "VERB":
			default:
				walk(k)
			}
		}
	}
	walk(g)
	for _, a := range pair {
		if !contains(args, a) {
			return false
		}
	}
	return true
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
		if s.toks[k].Low != "last" {
			continue
		}
		if n := s.toks[k+1]; n.Kind == tokens.Word && !n.Cap && strings.HasSuffix(n.Low, "ed") && hasWord(s, k, tr.at, "when") {
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
		if s.toks[k].Low != "again" || s.toks[k-1].Low != "and" {
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

// listedSpeaker reports a speaker listed after another person as one subject: "X and Y
// vowed ... when they met": both speak, and "they" are the two.
func (r *resolver) listedSpeaker(m mention) bool {
	s := r.s
	k := s.contextStart(m.from) - 1
	if k < 1 || s.toks[k].Low != "and" {
		return false
	}
	for _, oi := range s.sentenceMentions(m.sent) {
		o := s.mentions[oi]
		if o.sent == m.sent && o.actor >= 0 && o.actor != m.actor && r.actors[o.actor].kind == "person" && o.to == k {
			return true
		}
	}
	return false
}

// coordinatedPair returns the two persons of sentence si when the sentence names them
// side by side, joined by "and" ("Albanese and Kishida agreed ..."), or nil: the persons
// "the two prime ministers" of the sentence before name only after it. The pair of a
// negated or refused contact ("there is no discussion of a meeting between A and B") is
// none: "called for direct talks between the two presidents" before it is another pair.
func (r *resolver) coordinatedPair(si int) []int {
	if r.s.refused[si] {
		return nil
	}
	pair := r.sentencePair(si, false)
	if pair == nil {
		return nil
	}
	first, firstActor := -1, -1
	for _, i := range r.s.order() {
		m := r.s.mentions[i]
		if m.sent != si || !contains(pair, m.actor) {
			continue
		}
		if first < 0 {
			first, firstActor = m.to, m.actor
			continue
		}
		if m.actor == firstActor || m.from < first {
			continue
		}
		if hasWord(r.s, first, m.from, "and") && r.s.listJoin(first, m.from) {
			return pair
		}
		return nil
	}
	return nil
}

// frontedPossessive reports "their" contact noun in a phrase that opens the sentence
// before its first comma, whose main clause then begins with the pair as "A and B": "In
// a joint statement issued after their talks, Modi and Albanese said": their talks,
// whatever the noun hangs on in the phrase.
func (r *resolver) frontedPossessive(tr trigger, pair []int) bool {
	s := r.s
	se := s.sents[s.toks[tr.at].Sent]
	comma := s.commaWithin(se.from, se.to)
	if comma < tr.at || !hasWord(s, max(se.from, tr.at-2), tr.at, "their") {
		return false
	}
	var firsts []mention
	for _, mi := range s.sentenceMentions(s.toks[tr.at].Sent) {
		m := s.mentions[mi]
		if m.sent == s.toks[tr.at].Sent && m.from > comma && m.actor >= 0 && contains(pair, m.actor) {
			firsts = append(firsts, m)
		}
	}
	if len(firsts) < 2 || firsts[0].actor == firsts[1].actor || firsts[0].to >= se.to || s.toks[firsts[0].to].Low != "and" {
		return false
	}
	for k := comma + 1; k < firsts[0].from; k++ {
		if !s.toks[k].Cap {
			return false // "..., the ministry said A and B": not the clause's subject
		}
	}
	return true
}

// peopleNounAfter reports a plural noun for officials right after token k, or after one
// lower-case modifier: "the three leaders", "the three foreign ministers".
func (s *scan) peopleNounAfter(k, end int) bool {
	for j := k + 1; j < end && j <= k+2; j++ {
		if s.gaz.In(lexicon.PairPeople, s.toks[j].Low) {
			return true
		}
		if s.toks[j].Kind != tokens.Word || s.toks[j].Cap && j > k+1 {
			return false
		}
	}
	return false
}

// visitorBefore returns the one person other than host that the sentence before si, in its
// paragraph, names when it tells a journey made (words class trip-made, outside
// quotations): the visitor whose talks with the host sentence si tells with the host alone
// named ("Xi arrived in Paris on Sunday. On Monday, Macron gave him a welcome before talks
// at the Elysee", "X arrived in Addis Ababa. Talks with Abiy focused on ..."), or -1.
func (r *resolver) visitorBefore(si, host int) int {
	s := r.s
	if si == 0 || s.sents[si-1].para != s.sents[si].para || !r.tripMadeIn(si-1) {
		return -1
	}
	var others []int
	for _, a := range r.personsBetween(s.sents[si-1].from, s.sents[si-1].to) {
		if a != host {
			others = append(others, a)
		}
	}
	if len(others) != 1 {
		return -1
	}
	return others[0]
}

// objectPronounBefore reports "him", "her" or "them" before contact noun tr in its
// sentence: the host did something to the visitor before their talks ("gave him a welcome
// before talks"), not a meeting of the host's own ("chaired a cabinet meeting").
func (s *scan) objectPronounBefore(tr trigger) bool {
	for k := s.sents[s.toks[tr.at].Sent].from; k < tr.at; k++ {
		if isObjectPronoun(s.toks[k].Low) {
			return true
		}
	}
	return false
}

// tripMadeIn reports a journey made (words class trip-made) outside quotations in
// sentence si; not one home ("flew home", "went back"), which meets no host.
func (r *resolver) tripMadeIn(si int) bool { return r.tripMadeAt(si) >= 0 }

// tripMadeAt returns the token of the first journey made in sentence si (tripMadeIn), or -1.
func (r *resolver) tripMadeAt(si int) int {
	s := r.s
	for k := s.sents[si].from; k < s.sents[si].to; k++ {
		if !s.inQuote[k] && s.gaz.In(lexicon.TripMade, s.toks[k].Low) && !(k+1 < s.sents[si].to && (s.toks[k+1].Low == "home" || s.toks[k+1].Low == "back")) {
			return k
		}
	}
	return -1
}

// arrivedBefore reports a journey made (words class trip-made: "arrived", "flew",
// "travelled") outside quotations in the sentence before si, in its paragraph, by a
// sentence that names one of the pair: what the pair does next, with no medium named, they
// do in person.
func (r *resolver) arrivedBefore(si int, pair []int) bool {
	s := r.s
	if si == 0 || s.sents[si-1].para != s.sents[si].para {
		return false
	}
	named := false
	for _, m := range s.mentions {
		named = named || m.sent == si-1 && contains(pair, m.actor)
	}
	return named && r.tripMadeIn(si-1)
}

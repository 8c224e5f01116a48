package extract

// participants of one trigger, by the patterns "X and Y met", "X spoke with Y",
// "X met Y", "talks between X and Y", "X's call with Y", "X held a call with Y",
// "X, at a joint press conference with Y".
type parts struct {
	actors  []int
	pair    bool // "they", "the two", "the pair": the participants of an earlier contact
	unnamed bool // the other side is unnamed ("his counterparts in France"): not a contact
	from    int  // initiator from "a call from Y", or -1
	cata    bool // "his call with Y": the subject is the next person in the sentence
}

func (x *Extractor) participants(r *resolver, at []int, c clause, tr trigger) parts {
	s := r.s
	p := parts{from: -1}
	var subjEnd int
	if tr.noun {
		subjEnd = x.nounSubject(s, at, c, tr, &p)
	} else {
		subjEnd = tr.at
	}
	if subjEnd >= 0 {
		p.actors = append(p.actors, x.subjects(r, at, c, subjEnd, &p)...)
	}
	p.actors = append(p.actors, x.objects(r, at, c, tr, &p)...)
	return p
}

// nounSubject finds where the subject of a noun trigger must end: before a light verb or a
// preposition ("X held a call", "X said at a joint press conference"), or at a possessor
// ("X's call"). It returns -1 when the noun has no subject ("the Ministry confirmed the call").
func (x *Extractor) nounSubject(s *scan, at []int, c clause, tr trigger, p *parts) int {
	for k := tr.at - 1; k >= c.from && k >= tr.at-7; k-- {
		t := s.toks[k]
		switch t.low {
		case "held", "had", "hold", "holds", "holding", "have", "has", "having", "conducted", "made", "make", "during", "at", "in", "after", "before", "for":
			if at[k-min(1, k-c.from)] >= 0 && s.toks[k].kind == tPoss {
				continue
			}
			return k
		case "his", "her", "their":
			if k == tr.at-1 || s.toks[k+1].kind == tWord && !s.toks[k+1].cap {
				p.cata = t.low != "their" // "their call" refers back: anaphoric
				return -1
			}
		}
		if t.kind == tPoss && k > c.from && at[k-1] >= 0 {
			return k
		}
		if t.kind == tPunct || isSpeechVerb(t.low) {
			break
		}
	}
	return -1
}

// subjects returns the nearest actor before token end that is not an object, and the one
// joined to it by "and" ("Blinken and Lavrov met"); "they"/"the two" set pair instead.
func (x *Extractor) subjects(r *resolver, at []int, c clause, end int, p *parts) []int {
	s := r.s
	var out []int
	last, lastMi := -1, -1 // token where the found subject starts, and its mention
	for k := end - 1; k >= c.from; k-- {
		if w := s.toks[k].low; len(out) == 0 && (w == "they" || w == "pair" || w == "both" || w == "two" && k > c.from && s.toks[k-1].low == "the") {
			p.pair = true
			return nil
		}
		mi := at[k]
		if mi < 0 || mi == lastMi || !r.participantKind(mi) {
			continue
		}
		lastMi = mi
		m := s.mentions[mi]
		start := min(s.contextStart(m.from), k)
		if x.objectPosition(s, start) || (m.to < len(s.toks) && s.toks[m.to].kind == tPoss) {
			k = start
			continue
		}
		if len(out) == 0 {
			out, last = append(out, m.actor), start
			k = start
			continue
		}
		if hasWord(s, m.to, last, "and") && last-m.to <= 16 && !x.verbBetween(s, m.to, last) {
			out, last = append(out, m.actor), start
			k = start
			continue
		}
		break
	}
	return out
}

// objects returns the actors after a trigger: "with Y", "to Y", "from Y", "between X and
// Y", or a direct object of met/called/hosted/told his counterpart, plus actors joined to
// the first by "and".
func (x *Extractor) objects(r *resolver, at []int, c clause, tr trigger, p *parts) []int {
	s := r.s
	var out []int
	intro := tr.direct
	lastEnd := -1
	for k := tr.to; k < c.to && k < tr.to+14; k++ {
		t := s.toks[k]
		switch t.low {
		case "with", "to", "between", "from", "and":
			if t.low != "and" && (k <= tr.to+3 || intro) {
				intro = true
			}
			if t.low == "from" && len(out) == 0 {
				p.from = -2
			}
			if t.low == "between" && k+2 < c.to && s.toks[k+1].low == "the" && (s.toks[k+2].low == "two" || s.toks[k+2].low == "pair") {
				p.pair = true
				return out
			}
			continue
		case "counterparts", "officials", "leaders", "allies", "partners":
			if intro && len(out) == 0 {
				p.unnamed = true
			}
		}
		if len(out) == 0 && !isWith(t.low) {
			switch {
			case t.text == "," && s.toks[k-1].low != "counterpart" && !s.endsOffice(k-1):
				return out // "agreed to meet in Paris on Wednesday, the ministry said"
			case t.low == "in" || t.low == "on" || t.low == "at" || t.low == "for" || t.low == "during" || t.low == "after" || t.low == "before":
				intro = false
			}
		}
		mi := at[k]
		if isSpeechVerb(t.low) || t.low == "about" || t.low == "over" || t.low == "that" || t.low == "to" {
			if len(out) > 0 || !intro {
				break
			}
		}
		if mi < 0 {
			continue
		}
		m := s.mentions[mi]
		if !r.participantKind(mi) || !intro {
			k = max(k, m.to-1)
			continue
		}
		if len(out) > 0 && (!hasWord(s, lastEnd, min(m.from, k), "and") || x.verbBetween(s, lastEnd, min(m.from, k))) {
			break
		}
		out = append(out, m.actor)
		if p.from == -2 {
			p.from = m.actor
		}
		lastEnd = m.to
		k = max(k, m.to-1)
	}
	if p.from == -2 {
		p.from = -1
	}
	if len(out) > 0 {
		p.unnamed = false
	}
	return out
}

// participantKind reports whether a mention may take part in a contact: a resolved
// person, or an organization that is not a news medium.
func (r *resolver) participantKind(mi int) bool {
	m := r.s.mentions[mi]
	if m.actor < 0 {
		return false
	}
	a := r.actors[m.actor]
	return a.kind == "person" || (m.org.kind != "media" && m.kind == mOrg)
}

func hasWord(s *scan, from, to int, w string) bool {
	for k := max(from, 0); k < to && k < len(s.toks); k++ {
		if s.toks[k].low == w {
			return true
		}
	}
	return false
}

// verbBetween reports a speech verb or a finite contact verb between two tokens.
func (x *Extractor) verbBetween(s *scan, from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		switch w := s.toks[k].low; {
		case isSpeechVerb(w), w == "spoke", w == "met", w == "called", w == "held", w == "will", w == "who":
			return true
		}
	}
	return false
}

func isWith(w string) bool { return w == "with" || w == "to" || w == "between" || w == "from" }

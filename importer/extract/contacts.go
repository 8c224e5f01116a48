package extract

// frame is one report of a contact in one clause, before frames are merged into contacts.
type frame struct {
	sent      int
	tr        trigger
	actors    []int
	pair      bool // participants come from an earlier contact ("they", "the two")
	another   bool // "another call on May 13", "they last spoke": a different contact
	mode      string
	status    string
	explicit  bool // the status was stated, not defaulted
	date      dateExpr
	hasDate   bool
	sameDay   bool
	initiator int
	location  string
	duration  int
	proposal  bool // "Russia proposed a call Monday": the date is the proposal's
	rule      string
}

// findContacts finds contact frames clause by clause and merges them into contacts.
func (x *Extractor) findContacts(r *resolver, published string) []Contact {
	s := r.s
	at := s.mentionIndex()
	var frames []frame
	for si := range s.sents {
		if x.furniture(s, si) {
			continue
		}
		for _, c := range s.clauses(si) {
			frames = append(frames, x.clauseFrames(r, at, c)...)
		}
	}
	return x.merge(r, frames, published)
}

// clauseFrames returns the frames of one clause: full frames (two named participants or a
// pronoun pair) and, when the clause has none, anaphoric ones ("the call", "Tuesday's
// phone call") that enrich a neighbouring contact.
func (x *Extractor) clauseFrames(r *resolver, at []int, c clause) []frame {
	s := r.s
	var full, ana []frame
	var trs []trigger
	for i := c.from; i < c.to; i++ {
		if tr, ok := x.triggerAt(s, at, i, c.to); ok {
			trs = append(trs, tr)
			i = tr.to - 1
		}
	}
	for _, tr := range trs {
		st, explicit, skip := s.status(c, tr)
		if skip {
			continue
		}
		p := x.participants(r, at, c, tr)
		if p.unnamed {
			continue
		}
		if p.cata {
			if a := x.cataphor(r, at, c, tr); a >= 0 {
				p.actors = append(p.actors, a)
			}
		}
		f := frame{sent: c.sent, tr: tr, actors: distinct(p.actors), pair: p.pair, mode: s.modeNear(tr, c.to), status: st, explicit: explicit, initiator: -1}
		f.another = s.anotherBefore(tr, c) || hasWord(s, max(c.from, tr.at-3), tr.at, "last") && !tr.noun
		f.proposal = st == "proposed" && tr.noun
		x.details(r, at, c, tr, &f, p, trs)
		switch {
		case len(f.actors) >= 2:
			f.rule = "contact." + tr.name
			full = append(full, f)
		case f.pair && len(f.actors) == 0:
			f.rule = "contact.pair-" + tr.name
			full = append(full, f)
		default:
			f.rule = "contact.anaphor-" + tr.name
			if tr.noun && f.status != "cancelled" {
				f.explicit = false // "their conversation": the status belongs to the sentence
			}
			ana = append(ana, f)
		}
	}
	if len(full) == 0 {
		return ana
	}
	for _, f := range ana {
		if f.another {
			full = append(full, f) // "... and another phone call on May 13"
		}
	}
	return full
}

// anotherBefore reports "another (phone) call", "a second meeting", "previous talks".
func (s *scan) anotherBefore(tr trigger, c clause) bool {
	for k := tr.at - 1; k >= c.from && k >= tr.at-3; k-- {
		switch s.toks[k].low {
		case "another", "previous", "earlier", "prior", "separate":
			return true
		}
	}
	return false
}

// cataphor resolves "his" in "During his call with Kuleba, Blinken underscored": the first
// person after the trigger's phrase who is not an object; else the last person before.
func (x *Extractor) cataphor(r *resolver, at []int, c clause, tr trigger) int {
	s := r.s
	se := s.sents[c.sent]
	seenComma := false
	for k := tr.to; k < se.to; k++ {
		if s.toks[k].text == "," {
			seenComma = true
		}
		if mi := at[k]; mi >= 0 && seenComma && r.participantKind(mi) && !x.objectPosition(s, s.mentions[mi].from) {
			return s.mentions[mi].actor
		}
	}
	for k := tr.at - 1; k >= 0; k-- {
		if mi := at[k]; mi >= 0 && r.participantKind(mi) && r.actors[s.mentions[mi].actor].kind == "person" {
			return s.mentions[mi].actor
		}
	}
	return -1
}

func distinct(a []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, v := range a {
		if v >= 0 && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

package extract

// frame is one report of a contact in one clause, before frames are merged into contacts.
type frame struct {
	sent       int
	tr         trigger
	actors     []int
	pair       bool // participants come from an earlier contact ("they", "the two")
	leaders    bool // "the two leaders": the earlier contact between leaders
	another    bool // "another call on May 13", "they last spoke", "meet again Thursday"
	mode       string
	status     string
	explicit   bool // the status was stated, not defaulted
	date       dateExpr
	hasDate    bool
	sameDay    bool
	initiator  int
	location   string
	duration   int
	proposal   bool // "Russia proposed a call Monday": the date is the proposal's
	split      bool // one of the bilateral frames of a clause naming several people
	join       bool // "X and Y also joined the call": add them to the previous contact
	isContext  bool // a contact with unnamed people: lends mode and date (see context)
	rule       string
	subjects   []int
	objects    []int
	objectsEnd int // token after the last object's mention
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
// phone call") that enrich a neighbouring contact. Anaphoric frames of a clause that has a
// full frame refine it ("held talks on Monday, a video call that ...").
func (x *Extractor) clauseFrames(r *resolver, at []int, c clause) []frame {
	s := r.s
	trs := x.clauseTriggers(s, at, c)
	ps := make([]parts, len(trs))
	var named []trigger // triggers with participants of their own: they own the dates near them
	for i, tr := range trs {
		ps[i] = x.participants(r, at, c, tr)
		if !ps[i].unnamed && (len(distinct(ps[i].actors())) >= 2 || ps[i].pair || s.anotherBefore(tr, c)) {
			named = append(named, tr)
		}
	}
	var full, ana []frame
	for i, tr := range trs {
		p := ps[i]
		if p.unnamed {
			full = append(full, x.context(s, c, tr, p))
			continue
		}
		st, explicit, skip := s.status(c, tr, p.light)
		if skip {
			continue
		}
		if p.cata {
			if a := x.possessiveOwner(r, at, c, tr); a >= 0 {
				p.subj = append(p.subj, a)
			}
		}
		f := frame{sent: c.sent, tr: tr, actors: distinct(p.actors()), pair: p.pair, leaders: p.leaders, mode: s.modeNear(tr, c.to), status: st, explicit: explicit, initiator: -1}
		f.another = s.anotherBefore(tr, c) || !tr.noun && (hasWord(s, max(c.from, tr.at-3), tr.at, "last") || hasWord(s, tr.to, min(c.to, tr.to+3), "again"))
		f.proposal = st == "proposed" && tr.noun
		x.details(r, at, c, tr, &f, p, named)
		if prev := len(full) - 1; prev >= 0 && len(p.subj) > 0 && subset(p.subj, full[prev].objects) && p.subjAt >= 0 && p.subjAt < full[prev].objectsEnd {
			// "expected to hold a meeting with Abe and Modi, and to hold a brief meeting with
			// the crown prince": the earlier objects are not the later subject
			p.subj = full[len(full)-1].subjects
			f.actors = distinct(p.actors())
		}
		f.subjects, f.objects = p.subj, p.obj
		if len(p.objEnd) > 0 {
			f.objectsEnd = p.objEnd[len(p.objEnd)-1]
		}
		if tr.join {
			f.join, f.actors, f.rule = true, distinct(p.subj), "contact.joined"
			full = append(full, f)
			continue
		}
		switch {
		case tr.weak && len(f.actors) < 2 && !(f.pair && len(f.actors) == 0):
			continue // "discussed", "dinner" need their participants, or "the two presidents"
		case len(f.actors) >= 2:
			f.rule = "contact." + tr.name
			full = append(full, x.split(s, c, f, p)...)
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
	var contexts []frame
	for _, f := range full {
		if f.isContext {
			contexts = append(contexts, f)
		}
	}
	full = withoutContexts(full)
	if len(full) == 0 {
		return append(contexts, ana...)
	}
	full = append(contexts, full...)
	if named := namedFrames(full); len(named) > 0 {
		full = named // "hosted X and Y, in the first meeting between the two": one contact
	}
	for _, f := range ana {
		if f.another {
			full = append(full, f) // "... and another phone call on May 13"
			continue
		}
		if len(f.actors) == 0 && s.appositiveContact(f.tr, full[0].tr, c) && modesAgree(full[0].mode, f.mode) {
			full[0].mode = refine(full[0].mode, f.mode)
		}
	}
	return full
}

// clauseTriggers lists the contact words of a clause.
func (x *Extractor) clauseTriggers(s *scan, at []int, c clause) []trigger {
	var trs []trigger
	for i := c.from; i < c.to; i++ {
		if tr, ok := x.triggerAt(s, at, i, c.to); ok {
			trs = append(trs, tr)
			i = tr.to - 1
		}
	}
	return trs
}

// split makes one bilateral frame per object when one subject calls, speaks with or holds
// separate meetings with several people ("Biden spoke with Johnson, then with Merkel",
// "separate bilateral meetings with Lavrov and Kuleba"); a meeting with several people
// ("met with Scholz and Duda", "host leaders including X, Y and Z") stays one contact.
func (x *Extractor) split(s *scan, c clause, f frame, p parts) []frame {
	subj := distinct(p.subj)
	obj := distinct(p.obj)
	if len(subj) != 1 || len(obj) < 2 {
		return []frame{f}
	}
	separate := f.mode == "phone" || f.mode == "unspecified" || f.tr.name == "meetings" || f.tr.name == "talks" || p.apart
	for _, w := range []string{"including", "three-way", "trilateral", "joint", "together"} {
		if hasWord(s, f.tr.at, c.to, w) {
			separate = false
		}
	}
	for _, w := range []string{"separate", "one-on-one", "bilateral", "both", "each", "respectively"} {
		if hasWord(s, c.from, c.to, w) {
			separate = true
		}
	}
	if !separate || contains(obj, subj[0]) {
		return []frame{f}
	}
	var out []frame
	for i, o := range obj {
		g := f
		g.actors, g.split = []int{subj[0], o}, true
		if i < len(p.objEnd) { // "met Lapid on Thursday and Abbas on Friday": each its date
			end := c.to
			if i+1 < len(p.objEnd) {
				end = p.objEnd[i+1]
			}
			if ds := s.findDates(p.objEnd[i], end); len(ds) > 0 {
				g.date, g.hasDate = ds[0], true
			}
		}
		out = append(out, g)
	}
	return out
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

// possessiveOwner resolves "his" before a contact noun: the subject named before it in the
// sentence ("Starmer, who had his own meeting with Trump"), else the first person after
// the phrase ("During his call with Kuleba, Blinken underscored"), else the last person.
func (x *Extractor) possessiveOwner(r *resolver, at []int, c clause, tr trigger) int {
	s := r.s
	se := s.sents[c.sent]
	if k := x.subjectBefore(s, at, se.from, tr.at); k >= 0 && r.actors[s.mentions[at[k]].actor].kind == "person" {
		return s.mentions[at[k]].actor
	}
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

// appositiveContact reports a contact noun that describes the clause's contact rather than
// another one: "In a phone call, X told Y", "held talks on Monday, a video call that".
func (s *scan) appositiveContact(noun, main trigger, c clause) bool {
	for k := noun.at - 1; k >= c.from && k >= noun.at-4; k-- {
		switch s.toks[k].low {
		case "a", "an":
			if noun.at > main.at {
				return true
			}
		case "in", "during", "by", "over", "via":
			return true
		}
	}
	return false
}

// namedFrames drops the pronoun-pair frames of a clause that names its participants.
func namedFrames(full []frame) []frame {
	var out []frame
	for _, f := range full {
		if !(f.pair && len(f.subjects)+len(f.objects) == 0) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// context is the frame of a contact with unnamed people ("held his first calls with
// foreign leaders on Tuesday", "met in Amman with the foreign ministers of Jordan, ..."):
// not a contact itself, it lends its mode and date to the caller's named contacts of the
// next sentences ("Biden spoke first with Boris Johnson").
func (x *Extractor) context(s *scan, c clause, tr trigger, p parts) frame {
	f := frame{sent: c.sent, tr: tr, actors: distinct(p.subj), mode: s.modeNear(tr, c.to), initiator: -1, isContext: true}
	f.date, f.hasDate = s.nearestDate(c, tr, []trigger{tr})
	return f
}

func withoutContexts(fs []frame) []frame {
	var out []frame
	for _, f := range fs {
		if !f.isContext {
			out = append(out, f)
		}
	}
	return out
}

package extract

// split makes one bilateral frame per object when the text says the contacts were apart
// ("Biden spoke with Johnson, then with Merkel", "separate bilateral meetings with Lavrov
// and Kuleba", "spoke separately with", "both ... by phone", "respectively", "met Lapid on
// Thursday and Abbas on Friday"); otherwise a contact with several people ("met with Scholz
// and Duda", "hosted A and B") is one contact of all. Calls and talks with several people
// are read as several bilateral contacts unless the text joins them ("trilateral", "joint").
func (x *Extractor) split(s *scan, c clause, f frame, p parts) []frame {
	subj := distinct(p.subj)
	obj := distinct(p.obj)
	if len(subj) >= 2 && len(subj) == len(obj) && hasWord(s, f.tr.at, c.to, "respectively") {
		var out []frame // "Li and Ding met with Nurtleu and Saidov respectively": in pairs
		for i := range subj {
			g := f // subjects were collected right to left
			g.actors, g.split = []int{subj[len(subj)-1-i], obj[i]}, true
			out = append(out, g)
		}
		return out
	}
	if len(subj) != 1 || len(obj) < 2 {
		return []frame{f}
	}
	// calls are one-to-one unless "conference call" or "jointly" says otherwise; "talks with
	// A and B" are usually held in turn
	separate := f.mode == "phone" || f.mode == "unspecified" || f.tr.name == "meetings" || f.tr.name == "talks" || p.apart || hasWord(s, f.tr.to, c.to, "then")
	for _, w := range []string{"including", "three-way", "trilateral", "joint", "together", "jointly"} {
		if hasWord(s, f.tr.at, c.to, w) {
			separate = false
		}
	}
	if len(p.objEnd) > 0 && s.groupIntroduced(f.tr.to, p.objEnd[0]) {
		separate = false // "talks with the foreign ministers of Saudi Arabia and Iran, A and B": one meeting
	}
	for _, w := range []string{"separate", "separately", "one-on-one", "bilateral", "both", "each", "respectively", "individually"} {
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
			for k := p.objEnd[i]; k < end; k++ {
				if w := s.toks[k].low; w == "ahead" || w == "before" || w == "until" {
					end = k // "... and Marcos ahead of a summit next week": the summit's date
				}
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

// appositiveContact reports a contact noun that describes the clause's contact rather than
// another one: "In a phone call, X told Y", "held talks on Monday, a video call that".
func (s *scan) appositiveContact(noun, main trigger, c clause) bool {
	if s.laterEvent(noun, c) {
		return false // "spoke with Kishida ahead of a trilateral summit": another contact
	}
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
	named := false
	for _, f := range full {
		if !(f.pair && len(f.subjects)+len(f.objects) == 0) {
			named = true
			out = append(out, f)
		} else if f.another {
			out = append(out, f) // "their first call since they met in November": an earlier contact
		}
	}
	if !named {
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
	f.status, f.explicit, _ = s.status(c, tr, p.light) // for the contact it becomes when its people are named
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

// mainSubject finds the subject of a sentence-initial adverbial that holds a contact word
// ("After talks with Xi, Blinken said", "Speaking after meeting Erdogan, Zelensky told
// reporters"): the first person after the adverbial's comma who is not an object; -1
// when the contact word is not in such an opening phrase.
func (x *Extractor) mainSubject(r *resolver, at []int, c clause, tr trigger, objEnd int) int {
	s := r.s
	se := s.sents[c.sent]
	comma := -1
	for k := se.from; k < se.to && k < se.from+16; k++ {
		if s.toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || tr.at > comma || objEnd > comma || at[se.from] >= 0 && s.mentions[at[se.from]].kind == mPerson {
		return -1
	}
	for k := comma + 1; k < se.to && k < comma+8; k++ {
		if mi := at[k]; mi >= 0 && r.actors[s.mentions[mi].actor].kind == "person" && !x.objectPosition(s, s.contextStart(s.mentions[mi].from)) {
			return s.mentions[mi].actor
		}
	}
	return -1
}

// laterEvent reports a contact noun introduced as the occasion before or after which the
// clause's contact happens: "ahead of a trilateral summit", "before the talks".
func (s *scan) laterEvent(noun trigger, c clause) bool {
	for k := noun.at - 1; k >= c.from && k >= noun.at-4; k-- {
		switch s.toks[k].low {
		case "ahead", "before", "after", "following", "until", "since":
			return true
		}
	}
	return false
}

// sinceBefore reports a contact verb in a "since" clause: "their first call since they met
// in November" recalls another, earlier contact.
func (s *scan) sinceBefore(tr trigger, c clause) bool {
	return !tr.noun && hasWord(s, max(c.from, tr.at-3), tr.at, "since")
}

// groupIntroduced reports objects introduced as one group by a plural office of several
// countries: "the foreign ministers of Jordan and Iraq, ...", "his counterparts from
// Japan and South Korea, ...".
func (s *scan) groupIntroduced(from, to int) bool {
	for k := from; k+1 < to; k++ {
		phrase, next := s.toks[k].low, k+1
		if _, found := pluralOffice(phrase); !found && k+2 < to {
			phrase, next = phrase+" "+s.toks[k+1].low, k+2 // "foreign ministers"
		}
		if _, found := pluralOffice(phrase); found && (s.toks[next].low == "of" || s.toks[next].low == "from") {
			return true
		}
	}
	return false
}

// withoutDefiniteParts drops a frame of "the meeting", "the call" whose parties are only
// some of another frame's in the same clause, refining that frame's mode instead: "A and B
// were joined by C at the meeting" is one meeting of A, B and C.
func withoutDefiniteParts(s *scan, full []frame) []frame {
	drop := make([]bool, len(full))
	for i, f := range full {
		if !f.tr.noun || f.tr.at == 0 || s.toks[f.tr.at-1].low != "the" || len(f.actors) < 2 || f.join {
			continue
		}
		for j := range full {
			if j != i && !drop[j] && !full[j].join && len(full[j].actors) > len(f.actors) && subset(f.actors, full[j].actors) && modesAgree(full[j].mode, f.mode) {
				full[j].mode = refine(full[j].mode, f.mode)
				drop[i] = true
				break
			}
		}
	}
	var out []frame
	for i, f := range full {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

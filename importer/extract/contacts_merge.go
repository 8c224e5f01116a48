package extract

import (
	"sort"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// venueSents is how many sentences after a dated gathering a contact told as held at it
// ("on the sidelines of the summit") takes its day.
const venueSents = 12

// dayOfSents is how far after an undated contact "the meeting" (or "the call") told with
// a day may give it that day: the story's last contact is the one it means.
const dayOfSents = 10

// merge turns frames into contacts. Full frames with the same participants merge when
// their modes, dates and statuses agree (an unspecified mode, a missing date or a default
// status agree with anything) unless the frame reports another contact ("another call on
// May 13", "they last spoke on November 23"). Pronoun-pair frames take the participants
// of an earlier contact (or the sentence's two persons). Anaphoric frames ("Tuesday's
// phone call", "the call") enrich the previous contact within four sentences, or, when
// there is none yet, the contacts of the next two sentences; a summit or call with no
// contact to refer to takes the two persons of its clause or the previous sentence.
// "X and Y joined the call" adds X and Y to the previous contact. A pronoun pair told,
// undated, to do more in the sitting just reported ("The two ministers are going to hold
// a joint press conference") is that contact (sameVisit). "The meeting" with the parties
// of a call just told, undated and held, is that call (callCalledMeeting).
func (x *Extractor) merge(r *resolver, frames []frame, published string) []Contact {
	var cs []*building
	var last *building
	var pending []frame
	var ctx *frame   // the last contact with unnamed people
	var venue *frame // the last dated gathering ("the summit opened on Saturday")
	for _, f := range frames {
		if f.hasDate && !f.another && r.s.gaz.In(lexicon.Gathering, r.s.toks[f.tr.at].Low) {
			v := f
			venue = &v
		}
		if !f.hasDate && f.venue != "" && venue != nil && r.s.toks[venue.tr.at].Low == f.venue && f.sent-venue.sent <= venueSents {
			f.date, f.hasDate = venue.date, true // "met X on the sidelines of the summit": the summit's day
		}
		if f.isContext {
			c := f
			ctx = &c
			continue
		}
		if ctx != nil && f.sent-ctx.sent <= 3 && len(f.actors) >= 2 && len(ctx.actors) > 0 && subset(ctx.actors, f.actors) && !x.otherPredicate(r.s, *ctx, f) {
			if modesAgree(f.mode, ctx.mode) {
				f.mode = refine(f.mode, ctx.mode) // "held calls with leaders ... spoke with Johnson"
			}
			if !f.hasDate && ctx.hasDate && f.sent > ctx.sent {
				f.date, f.hasDate = ctx.date, true
			}
		}
		if f.trio && len(f.actors) < 2 {
			f.actors = latestOfThree(cs, f.sent) // "the three leaders": the contact of three told before
			if len(f.actors) < 2 && f.sent > 0 {
				f.actors = r.sentenceGroup(f.sent-1, 3, false) // "A, B and C arrived in Weimar. The three ministers met"
			}
		}
		if f.pair && len(f.actors) < 2 && !f.trio && r.s.toldWhen(f.tr) && r.tellsGivenName(f.sent, f.tr.at) {
			r.s.note(f.sent, "contact", "contact.pair-"+f.tr.name, false, f.tr.at, f.tr.at+1, "they are the asker and the one asked, named by a given name alone: no pair of a contact told before")
			continue // "When John asked George while they were having lunch": John and George
		}
		if f.pair && len(f.actors) < 2 && !f.trio {
			own := f.actors // "The two later held talks with Z": Z, whom the pair met
			if f.we > 0 && len(own) > 0 {
				own = append(own, f.we-1) // `"We also met Z," Y said`: Y's side met Z, whatever pair was told before
			}
			if !f.leaders && f.we == 0 {
				f.actors = r.pairBefore(f.sent, f.tr.at) // "The two leaders, X and Y, met"; not "The two met ..., at talks hosted by A and B"
			}
			if len(f.actors) < 2 {
				f.actors = r.pairParts(cs, last, f)
			}
			if len(f.actors) < 2 && last == nil && f.sent > 0 {
				f.actors = r.sentencePair(f.sent-1, false) // "X will lead one side and Y the other. The two envoys met"
				if len(f.actors) < 2 {
					f.actors = r.speakerPair(f.sent - 1) // "X said that Y had been a reliable partner. The two spoke by phone"
				}
			}
			if len(f.actors) < 2 && (last == nil || f.sent-last.lastSent > 6) {
				f.actors = r.coordinatedPair(f.sent + 1) // "The two prime ministers held talks on Tuesday. Albanese and Kishida agreed ..."
			}
			if f.we > 0 && len(own) > 0 {
				f.actors = distinct(own)
			} else if f.we > 0 && !contains(f.actors, f.we-1) {
				f.actors = nil // the speaker's "we" is no pair the speaker is not in
			}
			if len(f.actors) >= 2 && len(own) > 0 && !subset(own, f.actors) {
				f.actors = distinct(append(append([]int(nil), f.actors...), own...)) // the pair and the one they met: one contact
			}
			if last == nil && f.mode == "unspecified" && len(f.actors) == 2 && r.arrivedBefore(f.sent, f.actors) {
				f.mode = "meeting" // "X arrived in Abuja on Thursday. The two leaders discussed ...": in person
			}
		}
		if len(f.actors) < 2 && !f.trio && r.s.toldWhen(f.tr) && (last == nil || f.sent-last.lastSent > 1) {
			if pair := r.tellPair(f.sent, f.tr.at); pair != nil {
				f.actors = pair // "X urged Y to act when the two met", "X assured Y of support during their meeting"
			}
		}
		if f.sameDay && last != nil && last.hasDate && r.s.sameDayAs(f, last.date) {
			f.date, f.hasDate = last.date, last.hasDate
		}
		if f.join {
			switch {
			case ctx != nil && f.sent-ctx.sent <= 2 && (last == nil || ctx.sent > last.lastSent) && len(distinct(append(append([]int(nil), ctx.actors...), f.actors...))) >= 2:
				// "Meloni chaired a video conference of G7 leaders. Biden, Trudeau ... took part."
				g := *ctx
				g.actors, g.isContext, g.rule = distinct(append(append([]int(nil), ctx.actors...), f.actors...)), false, "contact."+ctx.tr.name
				if g.status == "" {
					g.status = "held"
				}
				b := newBuilding(r, g)
				cs, last, ctx = append(cs, b), b, nil
			case (f.tr.name == "joined-by" || f.tr.name == "accompanied-by") && len(f.subjects) > 0 && (last == nil || !subset(f.subjects, last.parts)):
				// "Sullivan, joined by X, praised ...": only Sullivan's contact takes X
			case last != nil && f.sent-last.lastSent <= 4 && len(f.actors) > 0:
				if f.tr.name == "mediated-by" && !last.hasDate && f.hasDate && f.sent == last.lastSent {
					last.date, last.hasDate = f.date, true // "held talks mediated by X in Jeddah on Friday": the talks' day
				}
				for _, a := range f.actors {
					if !contains(last.parts, a) {
						last.joined = append(last.joined, a)
					}
				}
				last.parts = distinct(append(last.parts, f.actors...))
				sort.Ints(last.parts)
			case f.tr.name == "attended-by" && len(f.actors) >= 2 && r.foreignParties(f.actors):
				// "Talks in Doha on Sunday were attended by A, B and C", with no contact told
				// before to join: the talks are theirs
				g := f
				g.join, g.rule = false, "contact.attended-by"
				if g.mode == "unspecified" {
					g.mode = "meeting"
				}
				b := newBuilding(r, g)
				cs, last = append(cs, b), b
			}
			continue
		}
		if f.tr.name == "invitation" && len(f.actors) == 1 {
			f.actors = latestWith(cs, f.actors[0]) // "Qin accepted an invitation to visit Washington": from his counterpart
		}
		if len(f.actors) == 1 && last == nil && f.tr.noun && !f.another && f.mode != "unspecified" && !r.s.inQuote[f.tr.at] && (contains(f.objects, f.actors[0]) || r.s.objectPronounBefore(f.tr)) {
			if v := r.visitorBefore(f.sent, f.actors[0]); v >= 0 {
				f.actors = append(f.actors, v) // "X arrived in Paris on Sunday. On Monday, Macron gave him a welcome before talks at the Elysee"
			}
		}
		if len(f.actors) < 2 && last == nil && f.tr.noun && f.mode != "unspecified" && !r.s.attendedBefore(f.tr) {
			if pair := x.nearPair(r, f.tr); len(f.actors) == 0 && pair != nil {
				f.actors = pair // "X and Y agreed Thursday to ... The summit at ..."
			}
		}
		if last != nil && r.s.sameVisit(f, last) {
			f.status, f.explicit = last.status, false
			last.enrich(f) // "Kerry met Karzai ... The two were to talk further over dinner": the same visit
			continue
		}
		if b := r.fullerRetelling(last, f); b != nil {
			b.grow(f) // the meeting just told, told again with its fuller list
			continue
		}
		if r.referenceOf(last, f) != nil {
			continue // "held talks on Monday, a day before their formal summit": one visit, told once
		}
		if b := r.joinsToldMeeting(last, f); b != nil {
			for _, a := range f.subjects {
				if !contains(b.parts, a) {
					b.joined = append(b.joined, a)
				}
			}
			b.grow(f) // "C was also present at the meeting with B": the meeting of A and B just told
			continue
		}
		if f.selfTold && last != nil && !f.hasDate && !f.another && f.sent-last.lastSent <= 2 && f.status == "held" && last.status == "held" && subset(f.actors, last.parts) && subset(last.parts, f.actors) {
			last.enrich(f) // "X spoke with Y on Monday. "Had a wonderful meeting with Y," X posted": the same contact, retold by its party
			continue
		}
		if len(f.actors) >= 2 {
			b := findBuilding(cs, f)
			if b == nil {
				b = sameDayBuilding(cs, f, published) // "met Xi on June 19 ... After meeting Xi on Monday"
			}
			if b == nil {
				b = r.s.callCalledMeeting(cs, f) // "spoke by phone with Y ... In the meeting with Y, X raised"
			}
			if b == nil {
				b = newBuilding(r, f)
				cs = append(cs, b)
			} else {
				b.enrich(f)
			}
			for _, p := range pending {
				if r.s.narrativeDistance(p.sent, f.sent) <= 2 && b.accepts(p) {
					b.enrich(p)
				}
			}
			if last == nil || last == b || last.lastSent != f.sent || !r.s.toldAsTimeOf(f.tr) {
				last = b // not "X met Y on Monday, three days after X held a summit with Z": the talks told after are X and Y's
			}
			continue
		}
		switch {
		case f.another && last != nil && f.hasDate && last.hasDate && last.date.text != f.date.text && subset(f.actors, last.parts):
			f.actors = last.parts
			b := newBuilding(r, f)
			cs, last = append(cs, b), b
		case last != nil && f.sent-last.lastSent <= 4 && last.accepts(f):
			last.enrich(f)
			calledOffTogether(cs, last, f)
		case last != nil && f.sent-last.lastSent <= dayOfSents && (!last.hasDate || last.refinedBy(f)) && f.hasDate && r.s.definiteNoun(f.tr) && last.accepts(f):
			last.enrich(f) // "X met Y in Rome. ... The meeting took place on Thursday."
		case len(f.actors) > 0 && named(cs, f) != nil:
			named(cs, f).enrich(f) // "Putin had told him during Monday's talks": the Putin contact
		case last == nil:
			pending = append(pending, f)
		}
	}
	out := make([]Contact, 0, len(cs))
	var anchor *building // the last contact dated with a year written out
	st := r.storyOf()
	st.ownedBy(cs)
	for _, b := range cs {
		c := b.contact(r, published)
		r.applyStoryDate(st, b, &c, published)
		r.applyLeadDay(st, b, &c, published)
		r.applyPerfectDate(b, &c, published)
		r.applyNearbyDate(cs, out, len(out), &c, published) // a contact's day told just before beats a journey's
		r.applyTripDate(b, &c, published)
		if anchor != nil && b.hasDate && b.date.e.Year == 0 && b.lastSent-anchor.lastSent <= 3 && (b.date.e.Kind == dates.Absolute || b.date.e.Kind == dates.MonthOnly) {
			// "On December 7, 2021, ... They spoke again on December 30": the year runs on
			ref := dates.Resolve(anchor.date.e, "", dates.Past)
			if len(ref) == 7 {
				ref += "-15"
			}
			c.Date = dates.Resolve(b.date.e, ref, dates.Unknown)
		}
		out = append(out, c)
		if b.hasDate && b.date.e.Year > 0 && !b.recalled {
			anchor = b // not "The two last met in Bali in November 2022. ... met Z on 20 February"
		}
	}
	return out
}

// calledOffTogether cancels with the contact last the other bilateral contacts its clause
// was split into, when an anaphoric frame calls it off: "X will meet A and B on Friday. The
// meeting was later cancelled." calls off the meeting with both, told as one meeting.
func calledOffTogether(cs []*building, last *building, f frame) {
	if !last.split || !f.explicit || f.status != "cancelled" {
		return
	}
	for _, b := range cs {
		if b != last && b.split && b.firstTr.at == last.firstTr.at && b.accepts(f) {
			b.enrich(f)
		}
	}
}

// named returns the latest contact of the last eight sentences that has every actor an
// anaphoric frame names and accepts it, or nil.
func named(cs []*building, f frame) *building {
	for i := len(cs) - 1; i >= 0; i-- {
		if b := cs[i]; f.sent-b.lastSent <= 8 && b.accepts(f) {
			return b
		}
	}
	return nil
}

// latestWith returns the participants of the latest two-party contact of actor a, or nil.
func latestWith(cs []*building, a int) []int {
	for i := len(cs) - 1; i >= 0; i-- {
		if len(cs[i].parts) == 2 && contains(cs[i].parts, a) {
			return cs[i].parts
		}
	}
	return nil
}

// latestOfThree returns the parties of the latest contact of three within twelve
// sentences before sentence sent, or nil.
func latestOfThree(cs []*building, sent int) []int {
	for i := len(cs) - 1; i >= 0; i-- {
		if len(cs[i].parts) == 3 && sent-cs[i].lastSent <= 12 {
			return cs[i].parts
		}
	}
	return nil
}

// sameVisit reports a pronoun-pair frame ("the two", "they") that tells, undated, what
// the pair of the contact just told will do next in the same sitting: "The two were to
// talk further over dinner", "The two ministers are going to hold a joint press
// conference". It is that contact, not one more planned; a word of class another-sitting
// ("again", "another", "next") or a date make it one more, and so does another medium ("agreed during their call to meet in
// person").
func (s *scan) sameVisit(f frame, last *building) bool {
	if !f.pair || f.status != "scheduled" || f.hasDate || f.another || len(f.actors) < 2 {
		return false
	}
	if last.status != "held" && last.status != "scheduled" || f.sent-last.lastSent > 4 {
		return false
	}
	parts := distinct(f.actors)
	sort.Ints(parts)
	inPerson := func(m string) string {
		if m == "talks" {
			return "meeting" // "held talks" with no medium named
		}
		return m
	}
	if !sameInts(last.parts, parts) || inPerson(last.mode) != inPerson(f.mode) && f.mode != "unspecified" {
		return false
	}
	se := s.sents[f.sent]
	return !hasClassWord(s, se.from, se.to, lexicon.AnotherSitting)
}

// sameDayBuilding returns the latest held contact with the same parties and medium as a
// held frame whose date is written another way but names the same day ("met Xi on June
// 19" and "after meeting Xi on Monday" in an article of June 21), or nil: one contact,
// not two rows.
func sameDayBuilding(cs []*building, f frame, published string) *building {
	if !f.hasDate || f.another || f.status != "held" || published == "" {
		return nil
	}
	day := f.date.resolve(published, dates.Past)
	if len(day) != len("2006-01-02") {
		return nil
	}
	parts := distinct(f.actors)
	sort.Ints(parts)
	for i := len(cs) - 1; i >= 0; i-- {
		b := cs[i]
		if !sameInts(b.parts, parts) || !modesAgree(b.mode, f.mode) || !b.hasDate || b.status != "held" {
			continue
		}
		if b.date.resolve(published, dates.Past) == day {
			return b
		}
	}
	return nil
}

// callCalledMeeting returns the call just told (within four sentences, held, with the
// frame's parties) that a frame naming "the meeting" with those parties refers back to
// ("X spoke by phone with Y on Monday. In the meeting with Y, X raised ...", "told Y
// during the meeting"), or nil: "the" marks a contact the reader knows, and outlets call
// the call they have just told a meeting. A meeting told with a date of its own, or as a
// plan, or as another, is another contact; so is one told with "a" ("a meeting").
func (s *scan) callCalledMeeting(cs []*building, f frame) *building {
	if f.mode != "meeting" || f.another || f.hasDate || f.proposal || f.status != "" && f.status != "held" || !s.definiteNoun(f.tr) {
		return nil
	}
	parts := distinct(f.actors)
	sort.Ints(parts)
	for i := len(cs) - 1; i >= 0; i-- {
		b := cs[i]
		if f.sent-b.lastSent <= 4 && sameInts(b.parts, parts) && (b.mode == "phone" || b.mode == "video") && b.status == "held" {
			return b
		}
	}
	return nil
}

// definiteNoun reports a contact noun after "the" (an adjective may stand between): "the
// meeting", "The phone call". It refers back to a contact told before; a gathering or a
// noun with "of" after it names its own occasion.
func (s *scan) definiteNoun(tr trigger) bool {
	if !tr.noun || s.gaz.In(lexicon.Gathering, s.toks[tr.at].Low) || tr.to < len(s.toks) && s.toks[tr.to].Low == "of" {
		return false // "the summit", "the meeting of NATO ministers": another occasion
	}
	for k := tr.at - 1; k >= 0 && k >= tr.at-3; k-- {
		switch w := s.toks[k].Low; {
		case w == "the":
			return true
		case s.toks[k].Kind != tokens.Word || s.toks[k].Cap && k != s.sents[s.toks[k].Sent].from:
			return false
		}
	}
	return false
}

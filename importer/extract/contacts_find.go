package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// findContacts finds contact frames clause by clause and merges them into contacts.
func (x *Extractor) findContacts(r *resolver, published string) []Contact {
	s := r.s
	at := s.mentionIndex()
	var frames []frame
	prevMade := false // the sentence before made a frame
	for si := range s.sents {
		if x.furniture(s, si) {
			prevMade = false
			continue
		}
		var before []frame // the frames of the sentence's earlier clauses
		for _, c := range x.splitClauses(s, si) {
			fs := x.clauseFrames(r, at, c)
			for i := range fs {
				r.hostedMealOf(&fs[i], before)
			}
			before = append(before, fs...)
			frames = append(frames, fs...)
		}
		if len(before) == 0 {
			if f, ok := x.hostNamedNext(r, at, si, prevMade); ok {
				before = append(before, f) // "X visited Phnom Penh. He and Y agreed ...": their meeting
				frames = append(frames, f)
			}
		}
		prevMade = len(before) > 0
	}
	return r.withoutOwnOrganizations(x.merge(r, frames, published))
}

// withoutOwnOrganizations takes out of each contact an organization of a country one of
// its persons serves: the Kremlin is Putin's side, not his counterpart ("organizations are
// no parties when their people are named"). A contact left with fewer than two parties is
// dropped.
func (r *resolver) withoutOwnOrganizations(cs []Contact) []Contact {
	var out []Contact
	for _, c := range cs {
		countries := map[string]bool{}
		for _, p := range c.Participants {
			if a := r.actors[p]; a.kind == "person" && a.country != "" {
				countries[a.country] = true
			}
		}
		var kept []int
		for _, p := range c.Participants {
			if a := &r.actors[p]; a.kind == "organization" && a.country != "" && countries[a.country] {
				a.acting = true // still an actor of the article: it took part on its person's side
				if r.s.trace != nil {
					if k := r.s.tokenIndex()(c.Evidence.Start); k >= 0 {
						r.s.note(r.s.toks[k].Sent, "contact", c.Evidence.Rule, false, -1, -1, a.name+" is the side of its own country's person, not a party")
					}
				}
				continue
			}
			kept = append(kept, p)
		}
		if len(kept) < 2 {
			continue
		}
		c.Participants = kept
		out = append(out, c)
	}
	return out
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
		if len(ps[i].actors()) > 0 || ps[i].pair || s.anotherBefore(tr, c) || ps[i].unnamed || tr.noun && s.laterEvent(tr, c) {
			named = append(named, tr)
		}
	}
	var full, ana []frame
	var negated parts   // the participants of a negated contact verb of the clause
	var refusedAt []int // the tokens of the clause's contact words told as not held
	for i, tr := range trs {
		p := ps[i]
		if tr.name == "at-invitation" {
			p.subj, p.obj, p.objEnd = r.subjectsAfterOpening(at, c, tr), nil, nil // the guest, after the opening "At the invitation of X,"
			if len(p.subj) == 0 && s.journeyBefore(c, tr.at) {
				p.subj = r.leadingPersons(at, c.from, tr.at) // "Y returned to China at the invitation of X": the clause's subject
			}
			if mi := at[tr.to]; mi >= 0 && s.mentions[mi].actor >= 0 && s.mentions[mi].kind == mPerson {
				p.obj, p.objEnd = []int{s.mentions[mi].actor}, []int{s.mentions[mi].to} // the host who invited
			} else if mi := at[tr.at-2]; s.toks[tr.at-1].Kind == tokens.Poss && mi >= 0 && s.mentions[mi].actor >= 0 && s.mentions[mi].kind == mPerson {
				p.obj, p.objEnd = []int{s.mentions[mi].actor}, []int{s.mentions[mi].to} // "At X's invitation": the host before the noun
			}
		}
		if p.cata {
			if a := x.possessiveOwner(r, at, c, tr); a >= 0 {
				p.subj = append(p.subj, a)
			}
		}
		if tr.name == "host-apposed" {
			p.subj = nil
			if a := r.apposedHostOwner(at, tr, p.obj); a >= 0 {
				p.subj = []int{a} // "X and his host, Y,", "His guest, Y, thanked him": X, the one "his" stands for
			}
		}
		if len(p.subj) == 0 && !p.pair && len(p.obj) >= 1 && tr.at > 0 && strings.HasSuffix(s.toks[tr.at].Low, "ing") && (s.toks[tr.at-1].Low == "when" || s.toks[tr.at-1].Low == "while") {
			// "Xi said when meeting with X", "Xi made the remarks while meeting with Y": the
			// sentence's subject meets
			if k := x.subjectBefore(s, at, s.sents[c.sent].from, tr.at-1); k >= 0 {
				if a := s.mentions[at[k]].actor; a >= 0 && r.participantKind(at[k]) && !contains(p.obj, a) {
					p.subj = []int{a}
				}
			}
		}
		if len(p.subj) == 0 && !p.pair && !p.between && len(p.obj) >= 1 && tr.noun {
			if a := r.whoseOwner(at, tr); a >= 0 && !contains(p.obj, a) {
				p.subj = []int{a} // "Zelensky, whose call with Biden lasted an hour, thanked": Zelensky's call
			}
		}
		if len(p.actors()) == 0 && !p.pair && strings.HasSuffix(s.toks[tr.at].Low, "ing") && tr.at >= 2 && s.toks[tr.at-1].Text == "," &&
			(tr.mode != "unspecified" || s.modeNear(tr, c.to) != "unspecified") && !hasWord(s, tr.at, c.to, "separately") {
			// "speaking at the summit", "speaking separately": no contact between them
			if mi := at[tr.at-2]; mi >= 0 && r.participantKind(mi) && r.actors[s.mentions[mi].actor].kind == "person" {
				if list := r.coordinatedBefore(at, s.mentions[mi].from); len(list) > 0 {
					p.subj = append(list, s.mentions[mi].actor) // "A and B, meeting for the first time since March, clashed"
				}
			}
		}
		if len(p.subj) == 0 && !p.pair && !p.between && len(p.obj) == 1 {
			// "After talks with Xi, Blinken said"; not "After a meeting between the President
			// and his aides, X said": "between" names all the parties
			if a := x.mainSubject(r, at, c, tr, p.objEnd[0]); a >= 0 && !contains(p.obj, a) {
				p.subj = append(p.subj, a)
			}
		}
		if len(p.subj) == 0 && !p.pair && !p.between && len(p.obj) >= 1 {
			if me := r.quotedAuthor(c, tr); me >= 0 && !contains(p.obj, me) {
				p.subj, p.selfTold = []int{me}, true // "Had a good call with X. ...," Y wrote: Y's own call
			}
		}
		if s.occasionPlace(trs, tr) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "the occasion where a contact told before it was held")
			continue // "had a brief conversation at the dinner hosted by X"
		}
		if p.unnamed && tr.noun && s.topicNoun(tr, c.from) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "what a contact is about, not one told")
			continue // "spoke with Y about preparations for a video summit of EU leaders"
		}
		if p.unnamed {
			if f, ok := x.context(s, c, tr, p); ok {
				full = append(full, f)
			} else {
				r.noteFrame(c, tr, "contact."+tr.name, false, "a negated or refused contact with unnamed people: no occasion that lends its mode or date")
			}
			continue
		}
		if len(p.actors()) == 0 && (!p.pair && s.countriesSubject(c.from, tr.at) || tr.noun && s.countriesBetween(tr.to, c.to)) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "the parties are countries, not the people of a contact told before")
			continue // "agreed that Tokyo and Seoul will start talks", "dialogue between Japan and South Korea"
		}
		if len(p.actors()) == 0 && !p.pair && tr.noun {
			if pair := r.hyphenPair(c, tr); len(pair) >= 2 {
				p.subj = pair // "the Biden-Xi meeting": the persons the compound names
			}
		}
		if len(p.subj) == 0 && tr.name == "brought-together" && x.contactNounBefore(s, c, tr) {
			p.between = true // "the summit in Tokyo brought together A, B and C": all of them met
		}
		if len(p.subj) == 0 && !p.pair && !p.between && !tr.join && tr.name != "attended-by" && len(p.obj) >= 2 && tr.noun {
			if sj, _ := x.parseParties(r, at, c, tr); len(sj) > 0 && !overlaps(sj, p.obj) {
				p.subj = sj // "Macron proposed a summit with A and B": the parse finds whose contact the noun is
			}
		}
		if len(p.subj) == 0 && !p.pair && !p.between && !tr.join && tr.name != "attended-by" && len(p.obj) >= 2 {
			r.noteFrame(c, tr, "contact."+tr.name, false, "no subject and several objects ("+r.actorNames(p.obj)+"): not a contact among the objects")
			continue // "spoke separately with A and B", "met A and B" whose subject is unnamed: not a contact of A with B
		}
		if !tr.noun && len(p.obj) == 0 && tr.at+1 < c.to && s.toks[tr.at+1].Low == "separately" {
			r.noteFrame(c, tr, "contact."+tr.name, false, "told as separate, with no one named to meet or talk to")
			continue // "A and B, speaking separately, said", "the two met separately": not with each other
		}
		if s.habitualPlural(c, tr) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "several contacts summed up, none of them told")
			continue // "have held several meetings since 2011", "in previous meetings with X"
		}
		if why := s.unreported(c, tr); why != "" {
			r.noteFrame(c, tr, "contact."+tr.name, false, why)
			continue // "Who did they meet?", "has repeatedly assured X", "a letter signed by X and Y"
		}
		st, explicit, skip := s.status(c, tr, p.light, x.cueOutside(s, tr))
		if tr.name == "host-apposed" && st == "held" && (hasWord(s, tr.to, c.to, "will") || hasWord(s, tr.to, c.to, "would")) {
			st, explicit = "scheduled", true // "said his guest, X, would arrive on Friday": a visit to come
		}
		if tr.name == "host-apposed" && s.negatedAfter(tr.to, c.to) {
			skip = true // "his guest, X, did not come"
		}
		if tr.name == "at-invitation" && !skip && (hasWord(s, tr.to, c.to, "will") || hasWord(s, tr.to, c.to, "scheduled") || hasWord(s, tr.to, c.to, "due")) {
			st, explicit = "scheduled", true // "..., Putin will pay a state visit to China"
		}
		if !skip && len(distinct(p.actors())) >= 2 && x.negatedAbove(s, tr) {
			skip = true // "no discussion about the possibility of a meeting between X and Y"
		}
		if !skip && (len(distinct(p.actors())) >= 2 || p.pair || r.twoParticipants(at, c.sent)) && x.deniedAbove(s, tr) {
			// "denied that X had spoken with Y", "dismissed reports that X met Y"; "the two
			// leaders denied holding talks", and parties only the parse finds, "X denied
			// meeting his counterpart Y"
			skip = true
		}
		if !skip && tr.noun && len(refusedAt) > 0 && x.occasionOfRefused(s, tr, refusedAt) {
			skip = true // "X and Y will not meet during the summit": the summit is the refused meeting's occasion
		}
		if !skip && (st == "scheduled" || st == "held") && len(distinct(p.actors())) >= 2 && x.doubtedAbove(s, tr) {
			st, explicit = "proposed", true // "Analysts doubt that X and Y will meet": talked of, not planned
		}
		if !skip && s.forInterview(c, tr) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "for an interview: the other side is a journalist")
			continue // "sat down with X for an interview": X asks the questions
		}
		if skip {
			refusedAt = append(refusedAt, tr.at)
			r.noteFrame(c, tr, "contact."+tr.name, false, "negated, refused or hypothetical")
			if len(p.actors()) > 0 {
				if s.refused == nil {
					s.refused = map[int]bool{}
				}
				s.refused[c.sent] = true // its persons are no pair for a summit told next
			}
			if !tr.noun && len(p.subj) > 0 && len(p.obj) > 0 {
				negated = p // "had not spoken to Putin since the call ...": the call's parties
			}
			continue
		}
		if me := r.quotedSelf(c, tr.at); me >= 0 && len(p.subj) > 0 && !contains(p.actors(), me) {
			p.subj = append(p.subj, me) // "A, B and I will discuss ...," he said
		}
		parsed := false
		if len(distinct(p.actors())) < 2 && !p.pair && !tr.join {
			if sj, ob := x.parseParties(r, at, c, tr); sj != nil || ob != nil {
				p.subj, p.obj, parsed = sj, ob, true // the parse found the parties the patterns missed
			}
		}
		if v := s.orderVerbAfter(c, tr); v >= 0 && len(p.actors()) > 0 {
			s.partiesBefore(at, c.from, v, &p) // "The meeting followed a phone call between A and B": the call's parties
			r.noteFrame(c, tr, "contact.order-verb", true, "a contact noun set in time beside another event: the parties after the verb are that event's")
		}
		if len(distinct(p.actors())) == 1 && len(p.subj) == 1 && len(p.obj) == 0 && !p.pair && !tr.join && tr.noun && len(negated.actors()) == 0 && !groupContact(tr.name) {
			if a := r.objectBeforeAdjunct(at, c, tr, p.subjAt); a >= 0 && !contains(p.subj, a) {
				p.obj = []int{a} // "X conveyed his condolences to Y in a phone call", when the parse missed it
			}
		}
		if len(distinct(p.actors())) == 1 && len(p.obj) == 0 && !p.pair && tr.noun {
			if h := r.mealHost(at, c, tr); h >= 0 && !contains(p.subj, h) {
				p.obj = []int{h} // "had dinner at Y's residence": Y hosted it
			}
		}
		if len(p.obj) == 0 && tr.noun && hasWord(s, max(c.from, tr.at-2), tr.at, "since") && len(negated.subj) > 0 && subset(p.subj, negated.actors()) {
			p.subj, p.obj = negated.subj, negated.obj // the earlier contact a negated one is counted from
		}
		f := frame{sent: c.sent, tr: tr, actors: distinct(p.actors()), pair: p.pair, leaders: p.leaders, trio: p.trio, mode: s.modeNear(tr, c.to), status: st, explicit: explicit, initiator: -1, selfTold: p.selfTold, we: p.we}
		// an invitation is to a new visit, never the contact being reported
		f.another = tr.name == "invited" || tr.name == "invitation" || s.anotherBefore(tr, c) || s.lastTime(c, tr) || s.sinceBefore(tr, c) || s.lastOrAgain(c, tr, p.light)
		f.proposal = st == "proposed" && tr.noun
		x.details(r, at, c, tr, &f, p, named)
		if f.proposal && f.hasDate && f.date.from > c.from && (s.toks[f.date.from-1].Low == "for" || s.visitBefore(tr, f.date) || f.date.from >= tr.to && s.progressiveAhead(f.date, "", "")) {
			// "proposed a meeting with Y for next Tuesday", "an invitation to visit Beijing in
			// April", "offered to host talks with Y next week": the day asked for is the meeting's
			f.proposal = false
		}
		if h := r.hostedBy(at, c, tr, trs); h >= 0 && len(f.actors) >= 2 && !contains(f.actors, h) {
			f.actors = append(f.actors, h) // "A and B met in Brussels, hosted by C"
			p.obj = append(p.obj, h)
		}
		if f.hasDate && s.sinceWhen(f.date, tr) {
			f.another = true // "since April 2019, when they met": an earlier meeting
		}
		if prev := len(full) - 1; prev >= 0 && len(p.subj) > 0 && subset(p.subj, full[prev].objects) && p.subjAt >= 0 && p.subjAt < full[prev].objectsEnd {
			// "expected to hold a meeting with Abe and Modi, and to hold a brief meeting with
			// the crown prince": the earlier objects are not the later subject
			p.subj = full[len(full)-1].subjects
			f.actors = distinct(p.actors())
		}
		if len(f.actors) == 1 && len(p.subj) == 1 {
			if more := r.groupNamedNext(c, p.subjAt, tr); len(more) > 0 {
				f.actors = distinct(append(f.actors, more...)) // "X and opposition leaders held talks. The delegation included A and B."
				p.subj = f.actors
			}
		}
		f.subjects, f.objects = p.subj, p.obj
		if len(p.objEnd) > 0 {
			f.objectsEnd = p.objEnd[len(p.objEnd)-1]
		}
		if tr.name == "attended-by" && len(p.subj) == 0 && s.summitSubject(c, tr) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "attended a summit: no party to a contact told before")
			continue // "The summit was attended by A, B and C"
		}
		if (tr.name == "joined-by" || tr.name == "attended-by") && (p.pair || len(p.subj) == 0) {
			tr.join, p.subj, p.obj, f.pair = true, p.obj, nil, false // "They were joined by Stoltenberg": joins the contact told before
		}
		if (tr.name == "alongside" || tr.name == "co-chair" || tr.name == "witnessed-signing" || tr.name == "joint-press-conference" && tr.weak) && !r.foreignParties(p.actors()) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "a news conference, an appearance, a chair or a ceremony shared by persons of one country: no contact")
			continue // "X and Home Secretary Y held a press conference", "X, speaking alongside his spokeswoman", "X and Y co-chaired the cabinet committee"
		}
		if tr.name == "accompanied-by" && !r.foreignParties(p.actors()) {
			if prev := len(full) - 1; prev >= 0 && full[prev].sent == c.sent && len(p.subj) > 0 && subset(p.subj, full[prev].actors) {
				tr.join = true // "met Y, who was accompanied by Z": Z joins the meeting Y is at
			} else {
				r.noteFrame(c, tr, "contact."+tr.name, false, "accompanied by a person of the same country: company, no contact")
				continue
			}
		}
		if tr.name == "part-of" {
			p.subj, p.obj = s.personsWithBefore(at, tr.at), nil // "with A and B part of the call", "with A and B in attendance"
		}
		if tr.join {
			f.join, f.actors, f.rule = true, distinct(p.actors()), "contact.joined" // "took part, along with X and Y"
			r.noteFrame(c, tr, f.rule, true, "joins the contact told before: "+r.actorNames(f.actors))
			full = append(full, f)
			continue
		}
		if prev := len(full) - 1; prev >= 0 && len(f.actors) >= 2 && subset(f.actors, full[prev].actors) && subset(full[prev].actors, f.actors) && s.countedApposition(tr, c, full[prev]) {
			full[prev].mode = refine(full[prev].mode, f.mode)
			r.noteFrame(c, tr, "contact."+tr.name, false, "an apposition counting the pair's contacts: the contact told before")
			continue // "A and B spoke by phone on Monday, their second call this month"
		}
		if k := s.bodySession(tr, c); k >= 0 {
			r.noteFrame(c, tr, "contact."+tr.name, false, "\""+s.toks[k].Text+" "+s.toks[tr.at].Text+"\": a body's own session, no contact of the persons told with it")
			continue // "A and B spoke to reporters after the cabinet meeting"
		}
		if tr.noun && s.gatheringTopic(tr, c) {
			r.noteFrame(c, tr, "contact."+tr.name, false, "a gathering that is what they talked of, not their contact")
			continue // "the two leaders discussed the upcoming Quad summit"
		}
		switch {
		case tr.weak && len(f.actors) < 2 && !(f.pair && len(f.actors) == 0):
			r.noteFrame(c, tr, "contact."+tr.name, false, "a weak contact word needs two named participants or \"the two\"")
			continue // "discussed", "dinner" need their participants, or "the two presidents"
		case len(f.actors) >= 2:
			f.rule = "contact." + tr.name
			if parsed {
				f.rule = "contact.parse-" + tr.name
			}
			r.noteFrame(c, tr, f.rule, true, "frame: "+r.actorNames(f.actors)+"; mode "+f.mode+", status "+f.status+dateNote(f))
			full = append(full, x.split(r, c, f, p)...)
			if g, ok := s.againOn(c, f); ok {
				full = append(full, g) // "met Moon on 27 April ..., and again on 26 May"
			}
		case f.pair && len(f.actors) == 0 && (x.pairMetThing(s, at, tr) || s.pairMetPronoun(tr, c.to)):
			r.noteFrame(c, tr, "contact.pair-"+tr.name, false, "they met a thing or people no one names, not each other")
			continue // "the two met fierce criticism", "they will meet the press"
		case f.pair && len(f.actors) == 0 && s.withOthers(at, tr, c.to):
			r.noteFrame(c, tr, "contact.pair-"+tr.name, false, "they met with other, unnamed people, not with each other")
			continue // "A and B travelled to Kyiv, where they met with survivors"
		case f.pair && len(f.actors) == 0 && s.gaz.In(lexicon.Gathering, s.toks[tr.at].Low) && s.laterEvent(tr, c):
			r.noteFrame(c, tr, "contact.pair-"+tr.name, false, "a gathering told as the time of what they did, not as their contact")
			continue // "the leaders agreed to work together ahead of the summit"
		case f.pair && len(f.actors) == 0:
			f.rule = "contact.pair-" + tr.name
			f.mode = s.callMode(f) // "The two leaders discussed trade during the call": the call told before
			r.noteFrame(c, tr, f.rule, true, "frame: the parties of the contact told before")
			full = append(full, f)
		case !tr.noun && len(f.actors) == 0 && !f.pair:
			r.noteFrame(c, tr, "contact."+tr.name, false, "a contact verb with no named participant")
			continue // "the foreign ministers of the G7 met": other, unnamed people
		default:
			f.rule = "contact.anaphor-" + tr.name
			f.mode = s.callMode(f)
			if f.hasDate && len(f.actors) == 0 && x.governorDate(s, tr, f.date) {
				f.hasDate = false // "the rebels pulled out of negotiations last April": the pulling out's day
				r.noteFrame(c, tr, "date.other-event", false, "the date is of the verb the contact noun hangs on")
			}
			r.noteFrame(c, tr, f.rule, true, "refers to a contact named elsewhere ("+r.actorNames(f.actors)+")")
			if tr.noun && f.status != "cancelled" && !s.pastFrame(tr, c) {
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
	full = withoutDefiniteParts(s, full)
	if len(full) == 0 {
		return append(contexts, ana...)
	}
	full = append(contexts, full...)
	withOccasion(s, full)
	if named := namedFrames(full); len(named) > 0 {
		full = named // "hosted X and Y, in the first meeting between the two": one contact
	}
	var before []frame
	for _, f := range ana {
		if f.another {
			full = append(full, f) // "... and another phone call on May 13"
			continue
		}
		if spanToContact(f, full) {
			before = append(before, f) // "The meeting came a day after X met Y on Monday"
			continue
		}
		if len(f.actors) == 0 && full[0].mode == "unspecified" && s.readoutOf(f, full[0].tr) {
			full[0].mode = refine(full[0].mode, s.callMode(f)) // "A readout of the call said X and Y discussed ...": the call's medium
			continue
		}
		if (len(f.actors) == 0 || subset(f.actors, full[0].actors)) && s.appositiveContact(f.tr, full[0].tr, c) && modesAgree(full[0].mode, f.mode) {
			// "discussed air defence with Rutte in a call on Sunday": the call is the contact
			full[0].mode = refine(full[0].mode, s.callMode(f))
			if !full[0].hasDate && f.hasDate && (len(f.actors) == 0 || f.tr.at > full[0].tr.at) {
				// a fronted call dates the contact ("In a phone call on Monday, the first since
				// ..., X and Y discussed"); a frame with parties of its own dates it only after it
				full[0].date, full[0].hasDate, full[0].planPast = f.date, true, f.planPast
			}
		}
	}
	return append(before, full...)
}

// spanToContact reports a contact noun told before a span that counts its day from a
// contact of the same sentence: "The meeting came a day after X met Y on Monday" tells the
// meeting of the story, a day after X and Y's contact, and not that contact again. Told
// before that contact's frames, it dates the contact it refers to.
func spanToContact(f frame, full []frame) bool {
	if !f.tr.noun || !f.hasDate || !f.date.after || f.date.from < f.tr.to {
		return false
	}
	for _, g := range full {
		if g.isContext || g.tr.at < f.date.to {
			return false
		}
	}
	return true
}

// contactNounBefore reports a contact noun ("summit", "talks", "meeting") before a trigger
// in its clause: the subject of "brought together".
func (x *Extractor) contactNounBefore(s *scan, c clause, tr trigger) bool {
	for k := c.from; k < tr.at; k++ {
		if cw, ok := x.gaz.ContactWords[s.toks[k].Low]; ok && cw.Noun {
			return true
		}
	}
	return false
}

// foreignParties reports two or more persons of known countries, not all of one: a visitor
// accompanied by his host, not by his own aides.
func (r *resolver) foreignParties(actors []int) bool {
	countries := map[string]bool{}
	for _, a := range distinct(actors) {
		if r.actors[a].kind != "person" || r.actors[a].country == "" {
			return false
		}
		countries[r.actors[a].country] = true
	}
	return len(countries) >= 2
}

// summitSubject reports a summit, conference or forum as the subject before a trigger in
// its clause: "The summit was attended by A, B and C" tells who came, not who met.
func (s *scan) summitSubject(c clause, tr trigger) bool {
	for k := c.from; k < tr.at; k++ {
		if s.gaz.In(lexicon.Gathering, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// withOthers reports a contact verb followed by "with" and unnamed people ("met with
// survivors", "met with business leaders at the port"): the people "they" met, not each
// other. "met with each other", "with their delegations", "with Kim" are not such.
func (s *scan) withOthers(at []int, tr trigger, end int) bool {
	k := tr.at + 1
	if tr.noun || k+1 >= end || s.toks[k].Low != "with" {
		return false
	}
	switch s.toks[k+1].Low {
	case "each", "one", "their", "his", "her", "both", "the", "a", "an":
		return false
	}
	if s.toks[k+1].Kind != tokens.Word || s.toks[k+1].Cap {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if at[j] >= 0 {
			return false
		}
	}
	return true
}

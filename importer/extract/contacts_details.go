package extract

import (
	"slices"
	"sort"
	"strings"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// details fills a frame's date, location, duration and initiator from its clause.
func (x *Extractor) details(r *resolver, at []int, c clause, tr trigger, f *frame, p parts, all []trigger) {
	s := r.s
	other, ahead := false, false
	plan := f.status == "scheduled" || f.status == "proposed" || !f.explicit
	saying := false
	own := func(best dateExpr, left []dateExpr, fits func(dateExpr) bool) dateExpr {
		if best.to <= tr.at && x.earlierClauseDate(s, best, tr) {
			return best // date.earlier-clause, below, reads a clause before the contact word
		}
		d := x.ownPredicateDate(s, tr, best, left, fits)
		if d.from != best.from {
			r.noteFrame(c, tr, "date.own-predicate", true, "of two dates, the one the parse hangs on the contact's predicate, not the nearest on another verb")
		}
		return d
	}
	f.date, f.hasDate = s.nearestDate(c, tr, all, func(d dateExpr) bool {
		if x.otherEventDate(s, d, tr) && !s.inSubjectNounPhrase(c, tr, d) {
			other = true // "..., after Turkey shot down a Russian jet in November 2015"
			if !s.speechDate(d) {
				f.otherDates = append(f.otherDates, d.from) // a saying's day may still be the story's
			}
			return true
		}
		if plan && s.trailingSaying(d, tr) {
			saying = true // "X will travel to Moscow to meet Y, his office announced on Saturday"
			return true
		}
		if (f.status == "scheduled" || f.status == "proposed") && s.frontedSaying(d, tr) {
			saying = true // "On Friday, the Kremlin said Putin will meet Xi"
			return true
		}
		if f.status == "held" && f.explicit && toldAhead(d.e) {
			ahead = true // "With elections due next month, X met Y": the elections' month
			return true
		}
		return false
	}, own)
	if f.hasDate && f.date.to <= tr.at && len(s.findDates(c.from, c.to)) > 1 && x.earlierClauseDate(s, f.date, tr) {
		// "On Tuesday, after arriving in Jakarta on Monday, X met Y": the arrival's day gives
		// way to the contact's own, if the clause tells one
		if d, ok := s.nearestDate(c, tr, all, func(d dateExpr) bool {
			return x.otherEventDate(s, d, tr) && !s.inSubjectNounPhrase(c, tr, d) || plan && s.trailingSaying(d, tr) || x.earlierClauseDate(s, d, tr)
		}, own); ok {
			f.date = d
			r.noteFrame(c, tr, "date.earlier-clause", true, "a date of a clause on an event before or after the contact gives way to the contact's own")
		}
	}
	f.saidDay = f.hasDate && s.trailingSaying(f.date, tr)
	if other {
		r.noteFrame(c, tr, "date.other-event", false, "a date belongs to another event's clause")
	}
	if ahead {
		r.noteFrame(c, tr, "date.held-ahead", false, "a time told ahead of publication cannot date a contact a verb tells as held: another event's, passed over")
	}
	if saying {
		r.noteFrame(c, tr, "date.saying", false, "the day of the saying that reports a plan is not the plan's day")
	}
	if f.status == "scheduled" && (!f.hasDate || f.date.to <= tr.at) && x.pastPurpose(s, tr, p.light) {
		// "flew to Kyiv on Monday to see X": the purpose of a journey told as made was met;
		// the day told before it is the journey's, a past one. A day after the purpose ("flew
		// to Paris to meet X on Tuesday") may still be ahead.
		f.status, f.purposeMet = "held", true
	}
	purpose := f.hasDate && (f.status == "scheduled" || f.status == "proposed") && x.pastPurpose(s, tr, p.light)
	f.planPast = s.pastPlan(c, tr, p.light) || purpose
	f.tripPast = purpose && f.status == "scheduled"
	f.present = f.hasDate && (s.presentTense(tr, p.light) || s.journeyPresentFor(c, tr, p.light))
	f.progress = f.present && strings.HasSuffix(s.toks[tr.headWith(p.light)].Low, "ing")
	f.tenseless = f.hasDate && tr.noun && tr.headWith(p.light) == tr.at
	f.earlier = !f.hasDate && (s.toldEarlier(c, tr) || s.reportedPerfect(c.from, tr.at) || s.pastPerfect(c, tr, p.light))
	f.perfect = !f.hasDate && !f.earlier && s.presentPerfect(c, tr, p.light)
	f.pluperfect = s.pastPerfect(c, tr, p.light)
	f.ordered = len(f.actors) == 0 && !p.pair && s.orderedBefore(c, tr)
	if f.hasDate && s.firstOccasion(c, tr, p.light) {
		f.another = true // "The two first met in Paris in November": an earlier meeting, not the story's
	}
	f.sameDay = hasWord(s, c.from, c.to, "same") && hasWord(s, c.from, c.to, "day")
	if !f.hasDate {
		f.venue = s.venueOf(c, tr)
	}
	f.sidelines = s.onSidelines(tr)
	f.duration = s.duration(c)
	if f.mode == "meeting" || f.mode == "talks" {
		f.location = x.location(s, at, c, tr)
	}
	f.initiator = x.initiator(r, at, c, tr, p)
}

// nearestDate picks the date expression of the clause closest to the trigger, preferring
// one after it, and ignoring dates of other events ("since the start of the war on
// February 24") and dates nearer another trigger of the clause ("the second conversation
// ... and another phone call on May 13"). A date that other passes is another event's and
// is passed over for the next nearest ("On Monday, X met Y to discuss the truce agreed in
// February"); other may be nil.
func (s *scan) nearestDate(c clause, tr trigger, all []trigger, other func(dateExpr) bool, own ownDate) (dateExpr, bool) {
	best, bestDist := dateExpr{}, 1<<30
	var lead, trail dateExpr
	hasLead, hasTrail := false, false
	// deferred is a date before an "and" that may open another predicate, kept in case no
	// date after the contact word is left for it: "agreed on Saturday to deepen security
	// and trade, in their first summit since Lee took office in June"
	var deferred dateExpr
	hasDeferred := false
	var cands []dateExpr // the dates no rule gave to another event
	var left []distDate  // the same, with their distance
	ds := s.findDates(c.from, c.to)
	for _, d := range ds {
		if d.e.Leads {
			// "a day after X spoke with Y" dates the call after it, counted from the day told
			// before, unless the call has a date of its own after it; a contact before it is
			// the day counted from
			if d.to <= tr.at && tr.at-d.to <= 8 && s.inQuote[d.from] == s.inQuote[tr.at] && !hasPunct(s, d.to, tr.at) {
				lead, hasLead = d, true
			}
			if t, ok := s.frontedSpan(d, tr); ok {
				lead, hasLead = t, true // "Two days after Monday's attack, X phoned Y"
			}
			if t, ok := s.trailingSpan(d, tr); ok {
				trail, hasTrail = t, true // "met Y a day before the vote on Sunday"
			}
			continue
		}
		if s.inQuote[d.from] == s.inQuote[tr.at] && s.sinceWhen(d, tr) && !s.ownDayAfter(ds, tr) {
			return d, true // "since November 2022, when Wang met Blinken": the date of that meeting
		}
		if d.to <= tr.at && (s.speechDate(d) && !s.rightAfter(d, tr) && !s.sayingDuring(d, tr) || s.speechBetween(d.to, tr.at) || s.reportedPerfect(d.to, tr.at)) {
			continue // "Peskov said on Monday that Putin and Xi will speak", "On Sunday, Trump told reporters that he would meet Putin": the day of the saying
		}
		if s.inQuote[d.from] != s.inQuote[tr.at] || s.triggerBetween(all, tr, d, c.from) || s.inRelative(c.from, d.from) && !s.inRelative(c.from, tr.at) && !s.onContactNoun(c.from, d, tr) && !s.onHostNoun(c.from, d, tr) {
			continue // "Starmer, who met Trump on Thursday, is due to host ..."
		}
		if s.planVerbDate(d, tr) {
			continue // "agreed on Monday to resume talks", "offered on Friday to host talks": the day of agreeing
		}
		if d.to <= tr.at && s.otherPredicate(d, tr) && dateAfter(ds, tr) {
			if !hasDeferred {
				deferred, hasDeferred = d, true
			}
			continue // "will travel to Busan on Friday and hold talks with Suh on Saturday"
		}
		if d.from >= tr.to && (s.anotherEventBetween(tr.to, d.from) || s.opensClause(d)) || s.possessiveOfAnother(d, tr) {
			continue // "spoke with Y ahead of the vote on Sunday", "Ahead of Sunday's vote, X spoke with Y"
		}
		if k := s.sinceOf(max(c.from, d.from-12), d); k >= 0 && !(tr.at > k && tr.at < d.from) {
			continue // "for the first time since March 2022"
		}
		if s.tripEnd(d) {
			continue // "during a visit ending Friday": the journey's last day, not the contact's
		}
		dist := d.from - tr.to
		if dist < 0 {
			dist = (tr.at - d.to) + 2
		}
		cands = append(cands, d)
		left = append(left, distDate{d, dist})
		if dist < bestDist && (other == nil || !other(d)) {
			best, bestDist = d, dist
		}
	}
	if bestDist == 1<<30 && hasDeferred && (other == nil || !other(deferred)) {
		best, bestDist = deferred, (tr.at-deferred.to)+2
		cands = append(cands, deferred)
	}
	if bestDist < 1<<30 && own != nil && len(left) > 1 {
		// other is asked of the dates own would take, as of the nearest before: it notes
		// what it passes over
		best = own(best, nearestFirst(left), func(d dateExpr) bool { return other == nil || !other(d) })
	}
	if bestDist < 1<<30 {
		best = s.preciserDate(tr, best, cands, other)
	}
	if hasLead && (bestDist == 1<<30 || best.from < tr.to || hasPunct(s, tr.to, best.from)) {
		// a date past a comma is the main clause's, which the span counts from
		return lead, true
	}
	if hasTrail && (bestDist == 1<<30 || best.from > trail.from) {
		return trail, true
	}
	if bestDist < 1<<30 && thisWeek(best.e) {
		best = dayOfWeek(s, ds, best)
	}
	if bestDist < 1<<30 && best.e.Kind == dates.Relative && best.e.Unit == dates.Days {
		best = bracketedDay(s, ds, best)
	}
	return best, bestDist < 1<<30
}

// planVerbDate reports a date right between a verb of plan or proposal and the "to" of the
// contact planned: "agreed on Monday to resume talks", "offered on Friday to host talks
// with Y", "decided on Tuesday to meet". The day is the agreeing's or the offering's, not the
// contact's, which lies ahead of it.
func (s *scan) planVerbDate(d dateExpr, tr trigger) bool {
	if d.to >= tr.at || s.toks[d.to].Low != "to" || tr.at-d.to > 4 || d.to+1 != tr.at && !s.gaz.In(lexicon.Light, s.toks[d.to+1].Low) {
		return false // not "agreed on Thursday to deepen ties during talks": the talks are no plan of the "to"
	}
	k := d.from - 1
	if k >= 0 && s.toks[k].Low == "on" {
		k--
	}
	if k < 0 || s.toks[k].Cap {
		return false
	}
	w := s.toks[k].Low
	return s.gaz.In(lexicon.Schedule, w) && !s.gaz.In(lexicon.Future, w) || s.gaz.In(lexicon.Proposal, w) || s.gaz.In(lexicon.Intention, w) || s.gaz.In(lexicon.Wish, w)
}

// bracketedDay returns the calendar day a bracket right after a word of time from
// publication gives, or d itself: "met X in London today (12 March)", "yesterday (Tuesday
// 12 March)", as government releases print it. The printed day holds when the page's
// date is that of a later copy.
func bracketedDay(s *scan, ds []dateExpr, d dateExpr) dateExpr {
	if d.to >= len(s.toks) || s.toks[d.to].Text != "(" {
		return d
	}
	for _, n := range ds {
		if n.from > d.to && n.from <= d.to+2 && n.e.Kind == dates.Absolute && n.e.Day > 0 {
			return n
		}
	}
	return d
}

// ownDate may give a contact, of the dates left for it (nearest first) that fits allows,
// another than the nearest, best (ownPredicateDate); nil keeps the nearest.
type ownDate func(best dateExpr, left []dateExpr, fits func(dateExpr) bool) dateExpr

// distDate is a date expression and its distance from the contact word.
type distDate struct {
	d    dateExpr
	dist int
}

// nearestFirst returns the dates of ds nearest first; of two as near, the first found
// stays first, as nearestDate's strict comparison keeps it.
func nearestFirst(ds []distDate) []dateExpr {
	slices.SortStableFunc(ds, func(a, b distDate) int { return a.dist - b.dist })
	out := make([]dateExpr, len(ds))
	for i, d := range ds {
		out[i] = d.d
	}
	return out
}

// preciserDate returns a date of cands that dates the contact better than the nearest,
// best: the day in a contact noun's own phrase over a day before the "for" that makes the
// contact the purpose of a journey ("arrived in Berlin on Monday for talks with Y on
// Tuesday"), and a weekday over "this week" ("On Tuesday night, X and Y spoke for the
// second time this week").
func (s *scan) preciserDate(tr trigger, best dateExpr, cands []dateExpr, other func(dateExpr) bool) dateExpr {
	for _, d := range cands {
		if d.from == best.from || other != nil && other(d) {
			continue
		}
		if tr.noun && best.to <= tr.at && d.from >= tr.to && dayPrecise(d.e) && !hasPunct(s, tr.to, d.from) && hasWord(s, best.to, tr.at, "for") {
			return d
		}
		if thisWeek(best.e) && d.e.Kind == dates.Weekday && d.e.Shift == 0 && !s.speechVerbBetween(d.to, tr.at) {
			return d // not "On Friday, Trump said he would meet X this week": the saying's day
		}
	}
	return best
}

// speechVerbBetween reports a speech verb among tokens [from, to).
func (s *scan) speechVerbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.tokIn(lexicon.Speech, k) {
			return true
		}
	}
	return false
}

// dayOfWeek returns the day that a comma after "this week" names, or d itself: "met X
// earlier this week, on Tuesday" is dated by Tuesday.
func dayOfWeek(s *scan, ds []dateExpr, d dateExpr) dateExpr {
	for _, n := range ds {
		if n.from >= d.to && n.from <= d.to+2 && s.toks[d.to].Text == "," && n.e.Shift == 0 &&
			(n.e.Kind == dates.Weekday || n.e.Kind == dates.Absolute && n.e.Day > 0) {
			return n
		}
	}
	return d
}

// onContactNoun reports a date inside a relative clause that opens right after the contact
// noun: "The call, which took place on Tuesday, lasted an hour" dates the call itself.
func (s *scan) onContactNoun(from int, d dateExpr, tr trigger) bool {
	j := s.relativeAt(from, d.from)
	return tr.noun && j == tr.to && s.toks[j+1].Low == "which"
}

// onHostNoun reports a date inside a relative clause that opens right after a gathering
// told after the contact word: "met X on the sidelines of the G20 summit, which opened
// in New Delhi on Saturday" dates the meeting by the summit that hosted it.
func (s *scan) onHostNoun(from int, d dateExpr, tr trigger) bool {
	j := s.relativeAt(from, d.from)
	if j <= tr.to || j+1 >= len(s.toks) {
		return false
	}
	switch s.toks[j+1].Low {
	case "which", "where":
		return s.tokIn(lexicon.Gathering, j-1)
	}
	return false
}

// otherPredicate reports "and" followed by a lower-case word between a date and the contact
// word after it: the date ends a predicate coordinated before the contact's ("travel to
// Busan on Friday and hold talks").
func (s *scan) otherPredicate(d dateExpr, tr trigger) bool {
	for k := d.to; k < tr.at && k+1 < len(s.toks); k++ {
		if s.toks[k].Low == "and" && s.toks[k+1].Kind == tokens.Word && !s.toks[k+1].Cap {
			return true
		}
	}
	return false
}

// dateAfter reports a date expression after the contact word.
func dateAfter(ds []dateExpr, tr trigger) bool {
	for _, d := range ds {
		if d.from >= tr.to {
			return true
		}
	}
	return false
}

// triggerBetween reports that the date d belongs to another trigger (one with participants
// of its own): a date belongs to the nearest trigger before it, whose complement it is
// ("met in Finland in September and discussed") unless a new predicate starts between
// them ("met X on Saturday, and was set to travel later on Sunday to meet Y"); a date
// before every trigger belongs to the first one after it ("On Thursday held a summit")
// outside a relative clause ("On Tuesday, X, who had spoken to Z, met Y": the meeting's).
func (s *scan) triggerBetween(others []trigger, tr trigger, d dateExpr, from int) bool {
	all := []trigger{tr} // the trigger itself always competes
	for _, o := range others {
		if o.at != tr.at && !s.occasionOf(o, tr) && !s.invitedPurpose(o, tr) {
			all = append(all, o)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].at < all[j].at })
	if o, ok := s.premodified(all, d); ok {
		return o.at != tr.at // "agreed to more talks during Tuesday's call": the call's day
	}
	owner := -1
	for i, o := range all {
		if o.to <= d.from && (owner < 0 || o.at > all[owner].at) && !s.newPredicate(o.to, d.from) && s.inRelative(from, o.at) == s.inRelative(from, d.from) && !s.dashedAsideBefore(o.at, d.from) {
			owner = i
		}
	}
	if owner < 0 {
		for i, o := range all {
			if o.at >= d.to && s.inRelative(from, o.at) == s.inRelative(from, d.from) {
				owner = i // not a relative clause on the subject: "On Tuesday, X, who had spoken to Z on Sunday, met Y"
				break
			}
		}
	}
	return owner >= 0 && all[owner].at != tr.at
}

// occasionOf reports a weak contact noun after "for" or "over" that tells the occasion of
// the contact word before it: "hosted X for dinner on Saturday", "met Y over breakfast on
// Tuesday". The meal is the contact's, and so is the date after it.
func (s *scan) occasionOf(o, tr trigger) bool {
	if !o.weak || !o.noun || o.at <= tr.to {
		return false
	}
	for k := o.at - 1; k >= tr.to && k >= o.at-3; k-- {
		switch w := s.toks[k].Low; {
		case w == "for" || w == "over":
			return true
		case w == "a" || w == "an" || w == "the" || s.gaz.In(lexicon.OccasionKind, w):
			continue
		}
		return false
	}
	return false
}

// invitedPurpose reports a contact noun of the visit an invitation asks for (class
// invited-to) after "invited" at tr: "invited Y to attend the summit in June", "invited Y
// to a banquet on Saturday". The date after it is the invitation's contact's.
func (s *scan) invitedPurpose(o, tr trigger) bool {
	return tr.name == "invited" && o.noun && o.at > tr.to && o.at-tr.at <= 12 && s.gaz.In(lexicon.InvitedTo, s.toks[o.at].Low)
}

// newPredicate reports ", and" followed by an auxiliary between two tokens: a second
// predicate of the same subject begins ("met X on Saturday, and was set to meet Y").
func (s *scan) newPredicate(from, to int) bool {
	for k := from; k+2 < to; k++ {
		if s.toks[k].Text == "," && s.toks[k+1].Low == "and" {
			switch s.toks[k+2].Low {
			case "was", "is", "were", "are", "will", "would", "has", "had", "have", "then", "later", "also", "plans", "planned":
				return true
			}
		}
	}
	return false
}

// sinceWhen reports a date followed by ", when" and the contact word tr right after it:
// "since April 2019, when they met in Vladivostok" dates that meeting.
func (s *scan) sinceWhen(d dateExpr, tr trigger) bool {
	k := d.to
	return k+1 < len(s.toks) && s.toks[k].Text == "," && s.toks[k+1].Low == "when" && tr.at > k+1 && tr.at-k <= 8
}

// ownDayAfter reports a day told right after the contact word, in its own phrase: "since
// January, when Dahl spoke with Rojas on 12 January" dates the call by its day, not by the
// month "since" names.
func (s *scan) ownDayAfter(ds []dateExpr, tr trigger) bool {
	for _, d := range ds {
		if d.from >= tr.to && d.from-tr.to <= 10 && dayPrecise(d.e) && !hasPunct(s, tr.to, d.from) {
			return true
		}
	}
	return false
}

// speechBetween reports a speech verb followed by "that" between two tokens: what comes
// after it is reported speech, and a date before it dates the saying.
func (s *scan) speechBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if s.tokIn(lexicon.Speech, k) && hasWord(s, k+1, min(to, k+4), "that") {
			return true
		}
	}
	return false
}

// reportedPerfect reports a speech verb between two tokens whose reported clause is in the
// past perfect: "On Friday, the State Department announced Kerry had spoken to Zapatero"
// tells a contact before the saying, and the date dates the saying ("said he had a call"
// is the simple past of a light verb).
func (s *scan) reportedPerfect(from, to int) bool {
	for k := from; k < to; k++ {
		if !s.tokIn(lexicon.Speech, k) {
			continue
		}
		for j := k + 1; j+1 < len(s.toks) && j < to; j++ {
			if s.toks[j].Low == "had" && !beforeNoun(s.toks[j+1].Low) && s.toks[j+1].Low != "talks" {
				return true // not "said he had a call with": a light verb in the simple past
			}
		}
		return false
	}
	return false
}

// speechDate reports a date that dates a speech act right before it: "said on Monday",
// "told reporters on Thursday", "Speaking on Friday,"; not a possessive one, which dates
// the noun after it ("said today's talks").
func (s *scan) speechDate(d dateExpr) bool {
	if d.to < len(s.toks) && s.toks[d.to].Kind == tokens.Poss {
		return false // "said Tuesday's talks were useful": the talks' day
	}
	reach := 4
	if d.to < len(s.toks) && s.toks[d.to].Low == "that" {
		reach = 8 // "told the TASS state news agency on Sunday that ..."
	}
	for k := d.from - 1; k >= 0 && k >= d.from-reach; k-- {
		w := s.toks[k].Low
		if s.gaz.IsSpeechVerb(w) || w == "speaking" {
			return true
		}
		if s.gaz.In(lexicon.Utterance, w) && k == d.from-2 {
			reach = d.from - k + 4 // "said in a statement on Tuesday": the statement is the saying's
		}
		if s.toks[k].Kind == tokens.Punct {
			return false
		}
	}
	return false
}

// trailingSaying reports a date of a saying set off after the contact word: "X will meet
// Y, his office announced on Saturday", "..., Kremlin aide Yuri Ushakov told reporters on
// Tuesday". It dates when the plan was told, which for a plan is not when it happens.
func (s *scan) trailingSaying(d dateExpr, tr trigger) bool {
	return d.from >= tr.to && s.speechDate(d) && hasPunct(s, tr.to, d.from)
}

// rightAfter reports a contact word told right after the date of a saying as what the
// saying followed: "told reporters on Wednesday after meeting X", "said on Monday after
// talks with X". A saying that follows a contact is of its day.
func (s *scan) rightAfter(d dateExpr, tr trigger) bool {
	if d.to >= tr.at {
		return false
	}
	if !s.tokIn(lexicon.Follows, d.to) {
		return false
	}
	for k := d.to + 1; k < tr.at; k++ {
		if !beforeNoun(s.toks[k].Low) { // "after his talks with X"
			return false
		}
	}
	return true
}

// sayingDuring reports a contact word told as the moment of the saying dated before it:
// "said on Tuesday as he met X", "vowed on Monday while hosting Y", "told reporters on
// Friday during talks with Z". The saying took place at the contact, and so on its day.
// Only a subject or article may stand between the word of time and the contact word: "as
// he prepared to meet Y" tells a plan.
func (s *scan) sayingDuring(d dateExpr, tr trigger) bool {
	for k := d.to; k < tr.at; k++ {
		switch s.toks[k].Low {
		case "as", "while", "when", "during":
		default:
			continue
		}
		if tr.at-k > 4 {
			return false
		}
		for j := k + 1; j < tr.at; j++ {
			switch w := s.toks[j].Low; {
			case s.toks[j].Cap, w == "he", w == "she", w == "they", w == "the", w == "a", w == "an", w == "his", w == "her", w == "their", w == "two":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// anotherEventBetween reports words between a contact word and a date after it that tell
// another event the contact came before ("ahead of the vote on Sunday", "before flying to
// Paris on Friday") or after by a span of time ("a week after the election on March 3"):
// the date is that event's. A bare "after" is left alone: "met after the ceremony on
// Tuesday" is most often of the ceremony's day.
func (s *scan) anotherEventBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.anotherEventAt(k) {
			return true
		}
	}
	return false
}

// anotherEventAt reports a word at token k that opens another event the contact came
// before or after by a span of time: "before", "ahead of", "a day after", "weeks after".
// A time of the day after it is no event: "before dawn on Thursday" is Thursday.
func (s *scan) anotherEventAt(k int) bool {
	w := s.toks[k].Low
	if s.dayTimeAfter(k) {
		return false
	}
	return s.gaz.In(lexicon.Precedes, w) || s.gaz.In(lexicon.Follows, w) && k > 0 && s.tokIn(lexicon.Span, k-1)
}

// dayTimeAfter reports a time of the day right after token k: "before dawn", "after
// midnight". The word of order then places the contact in its day, not before or after
// another event.
func (s *scan) dayTimeAfter(k int) bool {
	return k+1 < len(s.toks) && s.tokIn(lexicon.DayTime, k+1)
}

// possessiveOfAnother reports a date in the possessive that dates a noun other than the
// contact word, after a word that sets another event apart: "Ahead of Sunday's vote",
// "after Monday's election". "After Monday's talks" dates the talks.
func (s *scan) possessiveOfAnother(d dateExpr, tr trigger) bool {
	if d.to >= len(s.toks) || s.toks[d.to].Kind != tokens.Poss || d.from == 0 {
		return false
	}
	if tr.at > d.to && tr.at <= d.to+3 {
		return false
	}
	w := s.toks[d.from-1].Low
	if (w == "of" || w == "to") && d.from >= 2 {
		w = s.toks[d.from-2].Low // "ahead of", "prior to" are one word of order
	}
	return s.gaz.In(lexicon.Precedes, w) || s.gaz.In(lexicon.Follows, w)
}

// hasPunct reports a punctuation token among tokens [from, to).
func hasPunct(s *scan, from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].Kind == tokens.Punct {
			return true
		}
	}
	return false
}

// opensClause reports a date that opens a new clause after ", and" or ";" with a subject
// of its own after it: "met X, and on Friday she will address parliament".
func (s *scan) opensClause(d dateExpr) bool {
	k := d.from - 1
	if k >= 0 && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && len(s.toks[k].Low) <= 5 && s.toks[k].Low != "and" && s.toks[k].Low != "but" {
		k-- // "on", "by", "late", "early"
	}
	switch {
	case k >= 1 && (s.toks[k].Low == "and" || s.toks[k].Low == "but") && s.toks[k-1].Text == ",":
	case k >= 0 && s.toks[k].Text == ";":
	default:
		return false
	}
	j := d.to
	if j < len(s.toks) && s.toks[j].Text == "," {
		j++
	}
	if j+1 >= len(s.toks) || s.toks[j].Kind != tokens.Word {
		return false
	}
	switch s.toks[j].Low {
	case "he", "she", "they", "it", "we", "i", "the":
		return true
	}
	return s.toks[j].Cap && s.toks[j+1].Kind == tokens.Word && !s.toks[j+1].Cap // "and on Friday Kovac will"
}

// firstOccasion reports a contact word (or the light verb before a contact noun) told as an
// earlier occasion by a word right before it: "first met", "previously spoke", "had
// earlier held talks".
func (s *scan) firstOccasion(c clause, tr trigger, light int) bool {
	head := tr.headWith(light)
	for k := max(c.from, head-2); k < head; k++ {
		if w := s.toks[k].Low; w == "first" || s.gaz.In(lexicon.Earlier, w) {
			return true
		}
	}
	return false
}

// lastOrAgain reports "last" right before a contact verb or the light verb of a contact
// noun, or "again" right after a contact verb: "The two last met in May", "the two last
// held talks in May", "they met again": another sitting than the story's. A noun with no
// light verb keeps its "last", "at last week's talks" being the story's own; "again" after
// a noun does not count, "They will hold similar discussion again in Asmara" being the
// talks just told as planned, again after an earlier round.
func (s *scan) lastOrAgain(c clause, tr trigger, light int) bool {
	if tr.noun && (light < 0 || light >= tr.at) {
		return false
	}
	head := tr.headWith(light)
	return hasWord(s, max(c.from, head-3), head, "last") || !tr.noun && hasWord(s, tr.to, min(c.to, tr.to+3), "again")
}

// orderedBefore reports a word that sets the contact word apart as another occasion right
// before it: "followed talks", "since talks", "ahead of a meeting", "after a call".
func (s *scan) orderedBefore(c clause, tr trigger) bool {
	for k := max(c.from, tr.at-3); k < tr.at; k++ {
		if w := s.toks[k].Low; w == "since" || s.gaz.In(lexicon.Precedes, w) || s.gaz.In(lexicon.Follows, w) {
			return true
		}
	}
	return false
}

// sinceOf returns the "since" among tokens [from, d.from) whose phrase holds date d,
// or -1: the nearest one before it with no comma between ("since taking office, in Rome
// on Thursday" has closed its phrase before the date, and so has a "since" with a date of
// its own before an "on": "met Y for the first time since 2021 on Monday").
func (s *scan) sinceOf(from int, d dateExpr) int {
	for k := d.from - 1; k >= from; k-- {
		if asideDash(s.toks[k]) {
			return -1 // "- the first such contact since talks collapsed in 2021 - on Wednesday": the aside closed
		}
		switch s.toks[k].Low {
		case "since":
			if d.from > 0 && s.toks[d.from-1].Low == "on" && s.datedBetween(k+1, d.from-1) {
				return -1
			}
			return k
		case ",", ";":
			return -1
		}
	}
	return -1
}

// venueOf returns the noun of the gathering told before that the contact word was held at,
// or "": "met X on the sidelines of the summit", "at the G20 summit", "during the
// conference". The definite article refers back to it; "at a summit" is none told before.
func (s *scan) venueOf(c clause, tr trigger) string {
	for k := tr.to; k < c.to; k++ {
		if !s.tokIn(lexicon.Gathering, k) {
			continue
		}
		for j := k - 1; j > c.from && j >= k-3; j-- {
			if s.toks[j].Low != "the" {
				continue
			}
			switch p := s.toks[j-1].Low; {
			case p == "at" || p == "during":
				return s.toks[k].Low
			case p == "of" && j-2 >= c.from && s.tokIn(lexicon.Margins, j-2):
				return s.toks[k].Low
			}
		}
	}
	return ""
}

// trailingSpan reads a span after the contact word that counts the contact's day from an
// event dated after it: "met Y a day before the vote on Sunday" is Saturday's meeting,
// "spoke with Y, two days after the election on March 3" March 5's call. It returns the
// span counted the other way (from the day told after it), or ok=false when the span is
// not right after the contact's words (a comma may stand before it) or no day follows it.
func (s *scan) trailingSpan(d dateExpr, tr trigger) (dateExpr, bool) {
	if d.from < tr.to || d.from-tr.to > 8 || s.inQuote[d.from] != s.inQuote[tr.at] {
		return dateExpr{}, false
	}
	gap := d.from
	if gap > tr.to && s.toks[gap-1].Text == "," {
		gap--
	}
	if hasPunct(s, s.pastApposition(tr, gap), gap) {
		return dateExpr{}, false
	}
	if _, ok := s.dayAfterSpan(d); !ok {
		return dateExpr{}, false
	}
	return d.fromDayAfter(), true
}

// pastApposition returns the token after an apposition set off by commas right after a
// contact noun ("The call, their first since November, came a day after ..."), or tr.to
// when none follows it before token end: the apposition tells of the contact, and what
// comes after it is still the contact's clause.
func (s *scan) pastApposition(tr trigger, end int) int {
	if !tr.noun || tr.to >= end || s.toks[tr.to].Text != "," {
		return tr.to
	}
	for k := tr.to + 1; k < end; k++ {
		if s.toks[k].Kind == tokens.Punct {
			if s.toks[k].Text == "," {
				return k + 1
			}
			return tr.to
		}
	}
	return tr.to
}

// frontedSpan reads a span that opens the sentence with its own dated event, set off by
// a comma from the contact it dates: "Two days after Monday's attack, X phoned Y" is
// Wednesday's call. It returns the span counted from that event's day; "A day after
// meeting Putin, Trump said on Saturday" tells its own contact and is no such span.
func (s *scan) frontedSpan(d dateExpr, tr trigger) (dateExpr, bool) {
	if d.to > tr.at || d.from != s.sents[s.toks[d.from].Sent].from || s.inQuote[d.from] != s.inQuote[tr.at] || !hasPunct(s, d.to, tr.at) {
		return dateExpr{}, false
	}
	if r, ok := s.dayAfterSpan(d); !ok || r.to > tr.at {
		return dateExpr{}, false
	}
	return d.fromDayAfter(), true
}

// dayAfterSpan returns the day-precise date of the event a span counts from when it is
// told after the span, within its phrase: "a day before the vote on Sunday", "two days
// after Sunday's vote".
func (s *scan) dayAfterSpan(d dateExpr) (dateExpr, bool) {
	// spanEventReach is how many words after the span the event's day may be told: a
	// clause of its own ("a day after X held talks with Chancellor Y in Berlin on Monday").
	const spanEventReach = 12
	for _, r := range s.sentenceDates(s.toks[d.from].Sent) {
		if r.from < d.to || r.from-d.to > spanEventReach {
			continue
		}
		if !s.inQuote[r.from] && dayPrecise(r.e) && !hasPunct(s, d.to, r.from) && !s.rangeBound(r) {
			return r, true
		}
		break
	}
	return dateExpr{}, false
}

// fromDayAfter is span d counted from the day told after it instead of before it: the
// event it dates lies the other way.
func (d dateExpr) fromDayAfter() dateExpr {
	d.e.Count, d.e.Leads, d.after = -d.e.Count, false, true
	return d
}

// datedBetween reports a date expression or a bare year among tokens [from, to).
func (s *scan) datedBetween(from, to int) bool {
	if len(s.findDates(from, to)) > 0 {
		return true
	}
	for k := from; k < to; k++ {
		if yearToken(s.toks[k].Low) {
			return true
		}
	}
	return false
}

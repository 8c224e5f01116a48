package extract

import (
	"fmt"
	"sort"

	"hotline/importer/dates"
)

// building is a contact being assembled from frames.
type building struct {
	parts     []int // sorted actors
	joined    []int // actors a join frame added ("Sullivan, joined by X,"): the others still name it
	mode      string
	status    string
	explicit  bool
	date      dateExpr
	hasDate   bool
	saidDay   bool    // the date is only the day of a saying after the contact: a day told as the contact's own refines it
	planPast  bool    // the dated frame told a plan in the past tense
	present   bool    // the dated frame was told in the present tense
	progress  bool    // the dated frame was told in the present progressive: "is meeting Y on Friday"
	tenseless bool    // the dated frame was a contact noun with no verb of its own: "talks at the summit next week"
	tripPast  bool    // the dated frame was the purpose of a journey told as made: "flew to Kyiv to meet Y on Monday"
	earlier   bool    // told as before the story's day ("had earlier met"): no "today" dates it
	perfect   bool    // first told in the present perfect ("X has met Y"): news of the day
	firstTr   trigger // the contact word of the frame that created it
	init      int
	location  string
	duration  int
	evidence  Span
	lastSent  int
	firstSent int   // the sentence of the frame that created it
	others    []int // dates the frame that created it told as another event's: no story day from them
	split     bool  // made from one of several bilateral frames of a clause
	reports   int   // how many frames reported it: the article's main contacts have most
	sidelines bool  // a frame told it as held on the sidelines of a gathering
	// recalled marks a contact first told as an earlier occasion ("The two first met in
	// Bali in November 2022", "had met", "last spoke"): its year tells the past, not the
	// story's time, and does not run on to the dates told after it.
	recalled bool
	// plannedAs is the status of a plan a later sentence called off, when the plan told
	// the day ("X will meet Y on Friday. The meeting was later cancelled."): the day is
	// counted in the plan's tense, not from no fixed side as a cancelled contact's.
	plannedAs string
	// purposeMet marks a contact held only as the purpose of a journey told as made ("flew
	// to Kyiv to meet Y"): no one told it took place, so a later sentence that calls it
	// off ("The meeting was cancelled") is its status.
	purposeMet bool
}

func newBuilding(r *resolver, f frame) *building {
	parts := distinct(f.actors)
	sort.Ints(parts)
	b := &building{parts: parts, mode: f.mode, status: f.status, explicit: f.explicit, init: -1, lastSent: f.sent, firstSent: f.sent, split: f.split, earlier: f.earlier, perfect: f.perfect, firstTr: f.tr, others: f.otherDates, recalled: f.another || f.pluperfect, purposeMet: f.purposeMet}
	b.reports = 0 // enrich counts this frame
	b.evidence = r.s.span(f.tr.at, f.tr.to, f.rule)
	b.enrich(f)
	return b
}

// findBuilding returns the latest contact a full frame reports again, or nil.
func findBuilding(cs []*building, f frame) *building {
	parts := distinct(f.actors)
	sort.Ints(parts)
	for i := len(cs) - 1; i >= 0; i-- {
		b := cs[i]
		if !sameInts(b.parts, parts) && !(len(b.joined) > 0 && sameInts(b.partsBeforeJoin(), parts)) || !modesAgree(b.mode, f.mode) || !b.datesAgree(f) {
			continue
		}
		if f.another && !(f.hasDate && b.hasDate && f.date.text == b.date.text) {
			continue
		}
		if b.explicit && f.explicit && b.status != f.status {
			continue
		}
		return b
	}
	return nil
}

// accepts reports whether an anaphoric frame may describe this contact.
func (b *building) accepts(f frame) bool {
	return subset(f.actors, b.parts) && modesAgree(b.mode, f.mode) && (f.proposal || b.datesAgree(f) && !b.toldApart(f))
}

// toldApart reports a frame told explicitly at another time than the contact, one held
// and the other ahead (scheduled or proposed), as findBuilding keeps apart frames of their
// parties: "X met Y in Brussels, while aides said a summit could follow in the spring",
// "X met Y, as negotiators prepared to meet again next week": the summit and the next
// meeting are no retelling of the meeting, and lend it neither their time nor their
// status. A plan called off later ("The meeting was cancelled") is still the plan's.
func (b *building) toldApart(f frame) bool {
	ahead := func(st string) bool { return st == "scheduled" || st == "proposed" }
	return b.explicit && f.explicit && (b.status == "held" && ahead(f.status) || ahead(b.status) && f.status == "held")
}

func (b *building) datesAgree(f frame) bool {
	return !b.hasDate || !f.hasDate || f.proposal || b.date.text == f.date.text || b.refinedBy(f)
}

// refinedBy reports a contact dated only by its week ("met Y this week", "last week",
// "over the weekend") and a frame that names its day ("The meeting took place on
// Monday"): the day is the more precise, and the same contact. A contact dated only by
// the day a saying reported it ("X spoke with Y, the Elysee said on Wednesday") is
// refined too by a day told as the contact's own ("The call took place on Tuesday"): the
// saying came after the contact, maybe days after.
//
// A week told ahead ("will meet Y next week") is refined only by a day told ahead too ("The
// meeting is set for Tuesday"): the day of a contact told as held, or of one told before
// it that no later contact took ("started the visit Wednesday with a meeting"), is not
// in that week.
func (b *building) refinedBy(f frame) bool {
	if !b.hasDate || !f.hasDate || !dayPrecise(f.date.e) {
		return false
	}
	if weekOnly(b.date.e) && b.date.e.Count > 0 && f.status != "scheduled" && f.status != "proposed" {
		return false
	}
	return weekOnly(b.date.e) || b.saidDay && !f.saidDay
}

// weekOnly reports a date that names a week and no day: "this week", "last week", "over
// the weekend".
func weekOnly(e dates.Expr) bool {
	return e.Kind == dates.Relative && e.Unit == dates.Weeks
}

// aheadRetold reports a frame with no parties of its own ("Talks will resume when the
// time is right", "The talks could continue next month") told ahead of a held contact it
// joins: it tells what comes next, not how the contact told was held, and lends it no
// medium ("X had spoken to Y" stays a contact of no named medium).
func (b *building) aheadRetold(f frame) bool {
	return len(f.actors) == 0 && !f.pair && b.status == "held" && (f.status == "scheduled" || f.status == "proposed")
}

// enrich fills what the contact lacks from a frame.
func (b *building) enrich(f frame) {
	if modesAgree(b.mode, f.mode) && !b.aheadRetold(f) {
		b.mode = refine(b.mode, f.mode)
	}
	// a date told in the past perfect is of an earlier time than a contact told plainly
	// ("X met Y. ... They had met in Paris in November"), and unnamed talks set apart by a
	// word of order are another occasion ("The call followed talks in Paris on Monday")
	dated := false
	if (!b.hasDate || b.refinedBy(f)) && f.hasDate && !f.proposal && !f.ordered && !(b.earlier && isToday(f.date.e)) && !(b.reports > 0 && f.pluperfect && !b.earlier) {
		b.date, b.hasDate, b.saidDay, b.planPast, b.present, b.progress, b.tripPast, b.tenseless = f.date, true, f.saidDay, f.planPast, f.present, f.progress, f.tripPast, f.tenseless
		dated = true
	}
	if !b.explicit && f.explicit && !f.proposal {
		b.status, b.explicit = f.status, true
	} else if f.explicit && f.status == "cancelled" && (b.status == "scheduled" || b.status == "proposed" || b.status == "held" && b.purposeMet) && f.sent > b.lastSent {
		if b.hasDate && !dated {
			b.plannedAs = b.status // the day was told with the plan: counted ahead, as the plan told it
		}
		b.status = f.status // "X was due to meet Y. The meeting with Y was cancelled.", "X flew to Kyiv to meet Y. The meeting was cancelled.": the plan told before was called off
	}
	if b.init == -1 && f.initiator != -1 {
		b.init = f.initiator
	}
	if b.location == "" {
		b.location = f.location
	}
	if b.duration == 0 {
		b.duration = f.duration
	}
	b.sidelines = b.sidelines || f.sidelines
	if !f.split && len(distinct(f.actors)) >= 2 {
		b.split = false // told again on its own ("his meeting with Mr Yang"): no longer one of several
	}
	b.lastSent = max(b.lastSent, f.sent)
	b.reports++
}

// contact exports a building as a Contact.
func (b *building) contact(r *resolver, published string) Contact {
	mode := b.mode
	if mode == "talks" {
		mode = "meeting" // "held talks" with no medium named: in person, as CAMEO codes it
	}
	if mode == "call" {
		mode = "phone" // "during the call" of no call told with its medium: a phone call
	}
	c := Contact{Participants: b.parts, Mode: Mode(mode), Status: Status(b.status), Initiator: -1, Location: b.location, DurationMinutes: b.duration, Evidence: b.evidence}
	if b.sidelines {
		c.Evidence.Rule += SidelinesRule
	}
	dir := b.direction()
	if b.hasDate {
		c.DateText = b.date.text
		ref := published
		if day := r.postDay(b.date.from); day != "" {
			ref = day // "Met X today. — Y (@handle) March 3, 2025": the post's day, not the article's
		} else if day := r.entryDay(b.date.from, published); day != "" {
			ref = day // a live blog's entry under "Tue 4 Mar 2025 18.05 GMT": that day, not the blog's
		}
		c.Date = r.s.resolveDate(b.date, ref, dir, b.firstSent)
		if b.status == "held" && !b.explicit && b.present && r.s.progressiveAhead(b.date, c.Date, ref) {
			c.Status = StatusScheduled
			rule, tense := "contact.progressive-ahead", "present progressive"
			if !b.progress {
				rule, tense = "contact.present-ahead", "simple present"
			}
			r.s.note(r.s.toks[b.date.from].Sent, "contact", rule, true, b.date.from, b.date.to, fmt.Sprintf("%q told in the %s with a time after publication %s: scheduled, not held", b.date.text, tense, orNone(ref)))
		}
		if c.Status == StatusHeld && pastNextDay(c.Date, ref) {
			c = r.heldAhead(b, c, ref)
		}
		if b.status == "scheduled" && b.tripPast && dayBefore(c.Date, ref) {
			c.Status = StatusHeld
			r.s.note(r.s.toks[b.date.from].Sent, "contact", "contact.purpose-past", true, b.date.from, b.date.to, fmt.Sprintf("%q, the day of the purpose of a journey told as made, is before publication %s: held, not scheduled", b.date.text, orNone(ref)))
		}
	}
	r.noteDate(c, published, dir)
	switch {
	case b.init >= 0 && contains(b.parts, b.init):
		c.Initiator = b.init
	case b.init <= -2:
		code := r.x.gaz.Countries[-2-b.init].Code
		for _, p := range b.parts {
			if r.actors[p].country == code {
				c.Initiator = p
			}
		}
	}
	return c
}

func modesAgree(a, b string) bool {
	return a == b || a == "unspecified" || b == "unspecified" || a == "talks" || b == "talks" || remote(a) && b == "call" || a == "call" && remote(b)
}

// remote reports a mode of a contact at a distance, the modes a call told without its
// medium ("during the call", mode "call") may turn out to be.
func remote(m string) bool {
	return m == "phone" || m == "video"
}

// partsBeforeJoin returns the parts without those a join frame added, sorted.
func (b *building) partsBeforeJoin() []int {
	var out []int
	for _, a := range b.parts {
		if !contains(b.joined, a) {
			out = append(out, a)
		}
	}
	return out
}

package extract

import (
	"sort"

	"hotline/importer/dates"
)

// building is a contact being assembled from frames.
type building struct {
	parts    []int // sorted actors
	mode     string
	status   string
	explicit bool
	date     dateExpr
	hasDate  bool
	init     int
	location string
	duration int
	evidence Span
	lastSent int
	split    bool // made from one of several bilateral frames of a clause
	reports  int  // how many frames reported it: the article's main contacts have most
}

// merge turns frames into contacts. Full frames with the same participants merge when
// their modes, dates and statuses agree (an unspecified mode, a missing date or a default
// status agree with anything) unless the frame reports another contact ("another call on
// May 13", "they last spoke on November 23"). Pronoun-pair frames take the participants
// of an earlier contact (or the sentence's two persons). Anaphoric frames ("Tuesday's
// phone call", "the call") enrich the previous contact within four sentences, or, when
// there is none yet, the contacts of the next two sentences; a summit or call with no
// contact to refer to takes the two persons named in its or the previous sentence.
// "X and Y joined the call" adds X and Y to the previous contact.
func (x *Extractor) merge(r *resolver, frames []frame, published string) []Contact {
	var cs []*building
	var last *building
	var pending []frame
	var ctx *frame // the last contact with unnamed people
	for _, f := range frames {
		if f.isContext {
			c := f
			ctx = &c
			continue
		}
		if ctx != nil && f.sent-ctx.sent <= 3 && len(f.actors) >= 2 && len(ctx.actors) > 0 && subset(ctx.actors, f.actors) {
			if modesAgree(f.mode, ctx.mode) {
				f.mode = refine(f.mode, ctx.mode) // "held calls with leaders ... spoke with Johnson"
			}
			if !f.hasDate && ctx.hasDate && f.sent > ctx.sent {
				f.date, f.hasDate = ctx.date, true
			}
		}
		if f.pair && len(f.actors) < 2 {
			if !f.leaders {
				f.actors = r.sentencePair(f.sent, false)
			}
			if len(f.actors) < 2 {
				f.actors = r.pairParts(cs, last, f)
			}
		}
		if f.sameDay && last != nil && last.hasDate {
			f.date, f.hasDate = last.date, last.hasDate
		}
		if f.join {
			if last != nil && f.sent-last.lastSent <= 4 && len(f.actors) > 0 {
				last.parts = distinct(append(last.parts, f.actors...))
				sort.Ints(last.parts)
			}
			continue
		}
		if len(f.actors) < 2 && last == nil && f.tr.noun && f.mode != "unspecified" {
			if pair := r.nearPair(f.sent); len(f.actors) == 0 && pair != nil {
				f.actors = pair // "X and Y agreed Thursday to ... The summit at ..."
			}
		}
		if len(f.actors) >= 2 {
			b := findBuilding(cs, f)
			if b == nil {
				b = newBuilding(r, f)
				cs = append(cs, b)
			} else {
				b.enrich(f)
			}
			for _, p := range pending {
				if f.sent-p.sent <= 2 && b.accepts(p) {
					b.enrich(p)
				}
			}
			last = b
			continue
		}
		switch {
		case f.another && last != nil && f.hasDate && last.hasDate && last.date.text != f.date.text && subset(f.actors, last.parts):
			f.actors = last.parts
			b := newBuilding(r, f)
			cs, last = append(cs, b), b
		case last != nil && f.sent-last.lastSent <= 4 && last.accepts(f):
			last.enrich(f)
		case last == nil:
			pending = append(pending, f)
		}
	}
	out := make([]Contact, 0, len(cs))
	var anchor *building // the last contact dated with a year written out
	for _, b := range cs {
		c := b.contact(r, published)
		if anchor != nil && b.hasDate && b.date.e.Year == 0 && b.lastSent-anchor.lastSent <= 3 && (b.date.e.Kind == dates.Absolute || b.date.e.Kind == dates.MonthOnly) {
			// "On December 7, 2021, ... They spoke again on December 30": the year runs on
			ref := dates.Resolve(anchor.date.e, "", dates.Past)
			if len(ref) == 7 {
				ref += "-15"
			}
			c.Date = dates.Resolve(b.date.e, ref, dates.Unknown)
		}
		out = append(out, c)
		if b.hasDate && b.date.e.Year > 0 {
			anchor = b
		}
	}
	return out
}

func newBuilding(r *resolver, f frame) *building {
	parts := distinct(f.actors)
	sort.Ints(parts)
	b := &building{parts: parts, mode: f.mode, status: f.status, explicit: f.explicit, init: -1, lastSent: f.sent, split: f.split}
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
		if !sameInts(b.parts, parts) || !modesAgree(b.mode, f.mode) || !b.datesAgree(f) {
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
	return subset(f.actors, b.parts) && modesAgree(b.mode, f.mode) && (f.proposal || b.datesAgree(f))
}

func (b *building) datesAgree(f frame) bool {
	return !b.hasDate || !f.hasDate || f.proposal || b.date.text == f.date.text
}

// enrich fills what the contact lacks from a frame.
func (b *building) enrich(f frame) {
	if modesAgree(b.mode, f.mode) {
		b.mode = refine(b.mode, f.mode)
	}
	if !b.hasDate && f.hasDate && !f.proposal {
		b.date, b.hasDate = f.date, true
	}
	if !b.explicit && f.explicit && !f.proposal {
		b.status, b.explicit = f.status, true
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
	b.lastSent = max(b.lastSent, f.sent)
	b.reports++
}

// contact exports a building as a Contact.
func (b *building) contact(r *resolver, published string) Contact {
	mode := b.mode
	if mode == "talks" {
		mode = "meeting" // "held talks" with no medium named: in person, as CAMEO codes it
	}
	c := Contact{Participants: b.parts, Mode: mode, Status: b.status, Initiator: -1, Location: b.location, DurationMinutes: b.duration, Evidence: b.evidence}
	if b.hasDate {
		c.DateText = b.date.text
		c.Date = b.date.resolve(published, b.status == "scheduled" || b.status == "proposed")
	}
	switch {
	case b.init >= 0 && contains(b.parts, b.init):
		c.Initiator = b.init
	case b.init <= -2:
		code := r.x.gaz.countries[-2-b.init].code
		for _, p := range b.parts {
			if r.actors[p].country == code {
				c.Initiator = p
			}
		}
	}
	return c
}

func modesAgree(a, b string) bool {
	return a == b || a == "unspecified" || b == "unspecified" || a == "talks" || b == "talks"
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func subset(a, b []int) bool {
	for _, v := range a {
		if !contains(b, v) {
			return false
		}
	}
	return true
}

func contains(a []int, v int) bool {
	for _, x := range a {
		if x == v {
			return true
		}
	}
	return false
}

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
				all = all && isLeaderRole(r.actors[p].role)
			}
			if all {
				return cs[i].parts
			}
		}
		var leaders []int
		for _, i := range r.s.order() {
			m := r.s.mentions[i]
			if m.actor >= 0 && r.actors[m.actor].kind == "person" && isLeaderRole(r.actors[m.actor].role) && !contains(leaders, m.actor) {
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

func isLeaderRole(role string) bool {
	switch role {
	case "President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Premier", "Supreme Leader", "Leader", "Crown Prince", "Taoiseach":
		return true
	}
	return false
}

package extract

import (
	"fmt"
	"time"

	"hotline/importer/dates"
)

// heldAhead settles a contact read as held whose date lies after the publication day ref
// ("held talks at the summit, which opens on March 14", "talks at the summit next week" in
// a paper of March 10): a held contact cannot be dated ahead, so one of the two is wrong.
// A contact noun with no verb to give it a tense and no word of status is a plan, scheduled
// (contact.noun-ahead); one a verb tells as done keeps its status, and the day ahead is
// another event's, dropped (date.held-ahead). Contacts told in the present are
// contact.progressive-ahead's, in building.contact. Only a resolved day past the day after
// ref counts: a held day may be the next one in a zone ahead of the paper's ("early on
// Monday, Beijing time" in a Sunday paper), and words counted from another day ("the
// next day", "later that day") are no time after publication.
func (r *resolver) heldAhead(b *building, c Contact, ref string) Contact {
	sent := r.s.toks[b.date.from].Sent
	if b.tenseless && !b.explicit {
		c.Status = StatusScheduled
		r.s.note(sent, "contact", "contact.noun-ahead", true, b.date.from, b.date.to, fmt.Sprintf("%q, a time after publication %s, dates a contact noun no verb tells as done: scheduled, not held", b.date.text, orNone(ref)))
		return c
	}
	r.s.note(sent, "date", "date.held-ahead", true, b.date.from, b.date.to, fmt.Sprintf("%q, a time after publication %s, cannot date a contact told as held: another event's day, dropped", b.date.text, orNone(ref)))
	c.Date, c.DateText = "", ""
	return c
}

// toldAhead reports words of time told ahead of publication, whatever they resolve to:
// "next month", "next week", "tomorrow", "next Tuesday", "next year". A contact a verb
// tells as held passes them over when its date is read (details), as it drops a resolved
// day ahead (heldAhead), so that a date of its own, the story's or the journey's, may
// still date it: "With elections due next month, X met Y", "X, who is expected to visit
// Beijing next month, met Y".
func toldAhead(e dates.Expr) bool {
	return e.Kind == dates.Relative && e.Count > 0 || e.Shift > 0 || e.HasYearShift && e.YearShift > 0
}

// pastNextDay reports a resolved day (YYYY-MM-DD) after the day after the publication day ref.
func pastNextDay(day, ref string) bool {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return false
	}
	p, err := time.Parse(time.DateOnly, ref)
	return err == nil && d.After(p.AddDate(0, 0, 1))
}

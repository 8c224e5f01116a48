package extract

import (
	"fmt"

	"hotline/importer/dates"
)

// applyLeadDay dates "later in the day" and "earlier in the day" that count from no day told
// in the sentences just before (refSents) by the day of the lead, not the publication day
// (rule date.lead-day): "Sturgeon made a dash to Brussels on Wednesday to ... . Later in the
// day, the Scottish leader will meet Juncker" is Wednesday in a paper of Thursday as in one
// of Wednesday. The lead tells the story's day; the publication day is another only when
// the story was published or stored a day after it.
func (r *resolver) applyLeadDay(st story, b *building, c *Contact, published string) {
	if !st.ok || !b.hasDate || b.date.e.Kind != dates.Anaphoric || !b.date.e.Today || b.date.from <= st.date.from {
		return
	}
	if _, ok := r.s.refOf(b.date); ok {
		return // it counts from the day told just before it (date.from-day)
	}
	day := st.date.resolve(published, dates.Past)
	if len(day) != len("2006-01-02") || day == c.Date {
		return
	}
	c.Date = day
	r.s.note(b.firstSent, "date", "date.lead-day", true, b.date.from, b.date.to,
		fmt.Sprintf("%q counts from no day told just before it; the lead's %q -> %s (published %s)", b.date.text, st.date.text, day, orNone(published)))
}

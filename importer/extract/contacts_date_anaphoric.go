package extract

import (
	"fmt"

	"hotline/importer/dates"
)

// Days counted from the day told before (rule date.from-day): "X arrived in Vienna on
// Tuesday. Later that day, she met Y", "The previous day, X had met Z", "A day later, X
// spoke with Y". The day referred to is the latest day-precise date outside quotations
// before the expression, in its sentence or the refDays sentences before it; it is
// resolved in the past for a held contact, else to the nearest such day (and may itself
// count from an earlier one). With no such
// day, "later in the day" is the publication day and the others stay words.

// refSents is how many sentences back the day an anaphoric date counts from may be told.
const refSents = 3

// resolveDate resolves the contact's date expression d against the publication date in
// direction dir, counting an anaphoric one from the day told before it.
func (s *scan) resolveDate(d dateExpr, published string, dir dates.Direction, si int) string {
	if d.e.Kind != dates.Anaphoric {
		return d.resolve(published, dir)
	}
	if dir != dates.Past {
		dir = dates.Unknown // the day a plan counts from may lie either side of publication
	}
	ref, day := s.dayTold(d, published, dir, 3)
	if day == "" {
		return d.resolve(published, dir)
	}
	out := dates.FromDay(d.e, day)
	s.note(si, "date", "date.from-day", true, d.from, d.to, fmt.Sprintf("%q counts from %q (%s) -> %s", d.text, ref.text, day, out))
	return out
}

// dayTold returns the date expression d counts from and its day, or "" when there is none
// or it names no single day.
func (s *scan) dayTold(d dateExpr, published string, dir dates.Direction, depth int) (dateExpr, string) {
	r, ok := s.refOf(d)
	if !ok || depth == 0 {
		return dateExpr{}, ""
	}
	if r.e.Kind == dates.Anaphoric {
		if _, day := s.dayTold(r, published, dir, depth-1); day != "" {
			return r, dates.FromDay(r.e, day)
		}
	}
	if day := r.resolve(published, dir); len(day) == len("2006-01-02") {
		return r, day
	}
	return dateExpr{}, ""
}

// refOf returns the latest day-precise or anaphoric date expression outside quotations
// before d, in its sentence or the refSents before it.
func (s *scan) refOf(d dateExpr) (dateExpr, bool) {
	if d.from >= len(s.toks) {
		return dateExpr{}, false
	}
	si := s.toks[d.from].Sent
	for sj := si; sj >= 0 && sj >= si-refSents; sj-- {
		ds := s.sentenceDates(sj)
		for i := len(ds) - 1; i >= 0; i-- {
			if r := ds[i]; r.from < d.from && !s.inQuote[r.from] && (r.e.Kind == dates.Anaphoric || dayPrecise(r.e)) {
				return r, true
			}
		}
	}
	return dateExpr{}, false
}

// inAnaphoricDate reports token k inside a day counted from one told before ("The next
// day"): its "next" is no word of a plan.
func (s *scan) inAnaphoricDate(k int) bool {
	for _, d := range s.sentenceDates(s.toks[k].Sent) {
		if d.e.Kind == dates.Anaphoric && k >= d.from && k < d.to {
			return true
		}
	}
	return false
}

// sameDayAs reports whether "the same day" of frame f is the day of the earlier contact
// dated by d: f has no day of its own counted from another, or counts from d itself.
func (s *scan) sameDayAs(f frame, d dateExpr) bool {
	if !f.hasDate || f.date.e.Kind != dates.Anaphoric {
		return true
	}
	r, ok := s.refOf(f.date)
	return !ok || r.from == d.from
}

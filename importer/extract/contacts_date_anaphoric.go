package extract

import (
	"fmt"
	"time"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
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
	if d.e.Kind == dates.Relative && d.e.Unit == dates.Days && d.from < len(s.toks) && s.inQuote[d.from] {
		if said, day := s.sayingDay(d, published); day != "" {
			out := d.resolve(day, dir)
			s.note(si, "date", "date.said-day", true, d.from, d.to, fmt.Sprintf("%q in a quotation said %q (%s) -> %s", d.text, said.text, day, out))
			return out
		}
	}
	if d.e.Kind != dates.Anaphoric {
		return d.resolve(published, dir)
	}
	if dir != dates.Past && !d.after {
		dir = dates.Unknown // the day a plan counts from may lie either side of publication; not the event it precedes
	}
	ref, day := s.dayTold(d, published, refPublished(d, published, dir), dir, 3)
	if day == "" {
		return d.resolve(published, dir)
	}
	out := dates.FromDay(d.e, day)
	s.note(si, "date", "date.from-day", true, d.from, d.to, fmt.Sprintf("%q counts from %q (%s) -> %s", d.text, ref.text, day, out))
	return out
}

// sayingDay returns the day the quotation holding d was said, when its sentence tells it
// outside the quotation after a speech verb (`"I met Lula this morning," Sanchez told
// reporters on Wednesday`): "this morning", "yesterday" and "today" in a speaker's words
// count from the day they were spoken, not from the publication day. "" when none is told.
func (s *scan) sayingDay(d dateExpr, published string) (dateExpr, string) {
	for _, r := range s.sentenceDates(s.toks[d.from].Sent) {
		if s.inQuote[r.from] || !dayPrecise(r.e) || !s.speechDate(r) && !s.attributionBefore(r.from) {
			continue
		}
		if day := r.resolve(published, dates.Past); len(day) == len("2006-01-02") {
			return r, day
		}
	}
	return dateExpr{}, ""
}

// attributionBefore reports a speech verb among the eight words outside quotations right
// before token k: `," X told reporters in Brasilia on Wednesday`.
func (s *scan) attributionBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && !s.inQuote[j]; j-- {
		if s.gaz.IsSpeechVerb(s.toks[j].Low) {
			return true
		}
	}
	return false
}

// refPublished is the day the event a span counts from is resolved against: the
// publication day, or for a held contact a span before a later event ("a day before the
// summit opens on Friday") the publication day moved on by the span. The contact took
// place by publication, so its event may lie up to the span after it: in a paper of
// Thursday, Friday's summit is tomorrow's, and the call Thursday's. Words counted from
// publication ("on the eve of yesterday's vote") are not moved: dayTold reads them from
// the publication day itself.
func refPublished(d dateExpr, published string, dir dates.Direction) string {
	if !d.after || dir != dates.Past || d.e.Count >= 0 {
		return published
	}
	day, ok := parseDay(published)
	if !ok {
		return published
	}
	return day.AddDate(0, 0, -d.e.Count).Format(time.DateOnly)
}

// dayTold returns the date expression d counts from and its day, or "" when there is none
// or it names no single day. A weekday or a day of a month is resolved against moved, the
// day refPublished gives; words counted from publication ("yesterday's vote") against the
// publication day, which they name the day from whatever the span.
func (s *scan) dayTold(d dateExpr, published, moved string, dir dates.Direction, depth int) (dateExpr, string) {
	r, ok := s.refOf(d)
	if !ok || depth == 0 {
		return dateExpr{}, ""
	}
	if r.e.Kind == dates.Anaphoric {
		if _, day := s.dayTold(r, published, moved, dir, depth-1); day != "" {
			return r, dates.FromDay(r.e, day)
		}
	}
	at := moved
	if r.e.Kind == dates.Relative {
		at = published
	}
	if day := r.resolve(at, dir); len(day) == len("2006-01-02") {
		return r, day
	}
	return dateExpr{}, ""
}

// refOf returns the latest day-precise or anaphoric date expression outside quotations
// before d, in its sentence or the refSents before it; in a sentence before d's, a day of
// a saying only when that sentence tells no other.
func (s *scan) refOf(d dateExpr) (dateExpr, bool) {
	if d.from >= len(s.toks) {
		return dateExpr{}, false
	}
	si := s.toks[d.from].Sent
	if d.after {
		return s.dayAfterSpan(d)
	}
	if r, ok := s.mainClauseDay(d); ok {
		return r, true
	}
	for sj := si; sj >= 0 && sj >= si-refSents; sj-- {
		ds := s.sentenceDates(sj)
		from := s.sents[sj].from
		var saying dateExpr
		said := false
		for i := len(ds) - 1; i >= 0; i-- {
			r := ds[i]
			if r.from >= d.from || s.inQuote[r.from] || !(r.e.Kind == dates.Anaphoric || dayPrecise(r.e)) || s.rangeBound(r) {
				continue
			}
			if sj == si && s.inRelative(from, r.from) && !s.inRelative(from, d.from) {
				continue // "Lula, who is in China from April 12 to 15, met Li earlier in the day"
			}
			if sj < si && s.aheadTold(r) && !s.aheadTold(d) {
				continue // "Y will meet Z on Thursday. Earlier in the day, X held a call with W": a plan's day, ahead of the story
			}
			if !said && sj < si && s.speechDate(r) {
				// "X phoned Y on Tuesday, the Elysee said on Wednesday. The call came a day
				// after ...": the saying's day is no day of the story the next sentence
				// goes on with, unless its sentence tells none other
				saying, said = r, true
				continue
			}
			return r, true
		}
		if said {
			return saying, true
		}
	}
	return dateExpr{}, false
}

// aheadTold reports a date told in a future tense: a word of class future other than
// "would" ("will", "shall", "next") before it in its sentence, outside quotations. Such a
// day is a plan's, no day a narrative of what happened counts from.
func (s *scan) aheadTold(r dateExpr) bool {
	for k := s.sents[s.toks[r.from].Sent].from; k < r.from; k++ {
		if !s.inQuote[k] && s.toks[k].Low != "would" && s.tokIn(lexicon.Future, k) {
			return true
		}
	}
	return false
}

// mainClauseDay returns the day of the main clause a fronted span counts from: "A day
// after meeting Putin in Alaska, Trump said on Saturday ..." puts the meeting a day before
// Saturday. Only a span that opens its sentence has its main clause after it.
func (s *scan) mainClauseDay(d dateExpr) (dateExpr, bool) {
	si := s.toks[d.from].Sent
	if !d.e.Leads || d.from != s.sents[si].from {
		return dateExpr{}, false
	}
	for _, r := range s.sentenceDates(si) {
		if r.from > d.to && !s.inQuote[r.from] && dayPrecise(r.e) && !s.rangeBound(r) {
			return r, true
		}
	}
	return dateExpr{}, false
}

// rangeBound reports a date that opens or closes a span ("from April 12 to 15", "between
// Monday and Wednesday", "his ninth trip since October 7"): it names no one day a later
// "that day" could mean.
func (s *scan) rangeBound(r dateExpr) bool {
	if r.from > 0 {
		switch s.toks[r.from-1].Low {
		case "from", "between", "to", "until", "till", "through", "since":
			return true
		}
	}
	if r.to+1 < len(s.toks) {
		switch s.toks[r.to].Low {
		case "to", "until", "till", "through", "-", "–":
			next := s.toks[r.to+1]
			return next.Cap || next.Low != "" && next.Low[0] >= '0' && next.Low[0] <= '9' // "to 15", "to Wednesday"
		}
	}
	return false
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

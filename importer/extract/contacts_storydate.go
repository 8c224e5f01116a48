package extract

import (
	"fmt"
	"strings"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Story dates: news opens with what happened and when ("Sturgeon made a dash to Brussels
// on Wednesday", "Kishida and Yoon agreed Sunday", "His visit was shrouded in secrecy
// until this morning"), then tells the contacts of that day without repeating the day
// ("Sturgeon told reporters after meeting Schulz", "At their meeting in Seoul"). A held
// contact of the story's people, told near the top with no date of its own, takes the
// day of the lead (rule date.story). Contacts told further down, or marked as earlier
// ("during a recent visit"), keep no date: a story of a three-day trip dated by its
// last day must not date the trip's first meetings.

// Where a contact must first be told to take the story's day: within the first
// storyParas paragraphs and storySents sentences of the text.
const (
	storyParas = 3
	storySents = 5
	// leadSents is how many sentences of the first paragraph may give the day.
	leadSents = 2
)

// story is the day of the lead and the people it names.
type story struct {
	date   dateExpr
	ok     bool
	actors map[int]bool
}

// storyOf reads the lead: the first day-precise date expression (a weekday, a day of a
// month, "today", "this morning") or span of days in one month ("on 20-21 June") outside quotations in the first sentences of the first
// paragraph, and the actors those sentences name.
func (r *resolver) storyOf() story {
	s := r.s
	st := story{actors: map[int]bool{}}
	if len(s.sents) == 0 {
		return st
	}
	para := s.sents[0].para
	last := -1
	for si := 0; si < len(s.sents) && si < leadSents && s.sents[si].para == para; si++ {
		last = si
		if st.ok || r.x.furniture(s, si) {
			continue
		}
		for _, d := range s.sentenceDates(si) {
			if s.inQuote[d.from] || !dayPrecise(d.e) && !dayRange(d.e) || hasWord(s, d.from-2, d.from, "since") || s.otherEventInLead(si, d) {
				continue
			}
			st.date, st.ok = d, true
			break
		}
	}
	for _, m := range s.mentions {
		if m.sent <= last && m.actor >= 0 && !s.inQuote[m.from] {
			st.actors[m.actor] = true
		}
	}
	return st
}

// dayRange reports the days of a visit in one month ("on 20-21 June 2023", "from 26 to
// 28 July"): the story's contacts took place within it, and it dates them by its month, as
// a span of days is read ("from 20 to 22 December" is December).
func dayRange(e dates.Expr) bool {
	if e.Kind != dates.MonthOnly {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSpace(e.Text), fmt.Sprint(e.Year))
	return strings.ContainsAny(t, "0123456789") && (strings.ContainsAny(t, "-–") || strings.Contains(t, " to ") || strings.Contains(t, " until ") || strings.Contains(t, " and "))
}

// dayPrecise reports an expression that names one day.
func dayPrecise(e dates.Expr) bool {
	switch e.Kind {
	case dates.Weekday:
		return true
	case dates.Absolute:
		return e.Day > 0
	case dates.Relative:
		return e.Unit == dates.Days
	}
	return false
}

// takesStoryDate reports whether a contact with no date of its own (or only "this week")
// is one of the story's day: held, first told near the top, with one of the lead's
// actors, and not marked as earlier than the story (a word such as "recent", or the past
// perfect: "had earlier met", "announced X had spoken to Y").
func (st story) takesStoryDate(s *scan, b *building) bool {
	if !st.ok || b.hasDate && !thisWeek(b.date.e) || b.status != "held" || b.earlier || b.firstSent >= storySents || b.firstSent >= len(s.sents) {
		return false
	}
	if s.sents[b.firstSent].para-s.sents[0].para >= storyParas || s.earlierWord(b.firstSent) {
		return false
	}
	for _, p := range b.parts {
		if st.actors[p] {
			return true
		}
	}
	return false
}

// thisWeek reports "this week" (or "earlier this week"): a date that names no day but
// holds the lead's, which is then the more precise.
func thisWeek(e dates.Expr) bool {
	return e.Kind == dates.Relative && e.Unit == dates.Weeks && e.Count == 0
}

// applyStoryDate dates c with the story's day when b takes it.
func (r *resolver) applyStoryDate(st story, b *building, c *Contact, published string) {
	if !st.takesStoryDate(r.s, b) {
		return
	}
	c.Date, c.DateText = st.date.resolve(published, dates.Past), st.date.text
	r.s.note(b.firstSent, "date", "date.story", true, st.date.from, st.date.to,
		fmt.Sprintf("no date of its own; the lead's %q -> %s (published %s)", st.date.text, orNone(c.Date), orNone(published)))
}

// otherEventInLead reports a date of the lead that belongs to another event than the
// story's: one in a relative clause ("X, who took office on Monday, phoned Y"), or one
// that a word of order sets apart as an event before or after the story's ("After
// Monday's attack, X phoned Y", "Ahead of the vote on Sunday, ...", "since Monday").
func (s *scan) otherEventInLead(si int, d dateExpr) bool {
	if s.inRelative(s.sents[si].from, d.from) {
		return true
	}
	for k := d.from - 1; k >= s.sents[si].from && k >= d.from-5; k-- {
		w := s.toks[k].Low
		if s.toks[k].Kind == tokens.Punct {
			return false
		}
		if _, ok := s.gaz.ContactWords[w]; ok {
			return false // "after talks with Xi on Monday": the story's contact
		}
		if w == "since" || s.gaz.In(lexicon.Precedes, w) || s.gaz.In(lexicon.Follows, w) {
			return true
		}
	}
	return false
}

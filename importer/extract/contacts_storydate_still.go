package extract

import (
	"strings"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Dates that keep the story at its day (story.sameTime). The story's time moves when the
// text tells another past time as the time of a clause ("On Monday, Golob visited Rome").
// A date that only names another event ("ahead of Sunday's election", "the Feb. 24 vote",
// as "the 2015 nuclear deal" names a year; "a week after the vote on March 3"), one that
// holds the story's day ("his second trip abroad this week"), or one ahead of publication
// ("flies on to Zagreb tomorrow": no contact told as held took place then) does not.

// stillDate reports a date of sentence si that does not move the story from its day.
func (s *scan) stillDate(si int, d dateExpr, published string) bool {
	return d.e.Leads || s.attributiveDate(d) || holdsStoryDay(d) || aheadOf(d, published) || s.orderedEvent(si, d.from)
}

// orderedEvent reports a date of another event (or the span itself: "a week after") that a word of order places the story
// before or after, in the clause of token k: "The visit came days after the election on
// March 3", "ahead of the vote on Sunday". It tells when that event took place; the story
// stays at its day.
func (s *scan) orderedEvent(si, k int) bool {
	for j := k - 1; j >= s.sents[si].from && j >= k-8; j-- {
		switch s.toks[j].Low {
		case ",", ";", "but":
			return false
		}
		if s.anotherEventAt(j) || s.gaz.In(lexicon.Follows, s.toks[j].Low) && !s.dayTimeAfter(j) {
			return true
		}
	}
	return false
}

// attributiveDate reports a date that modifies a noun: a possessive ("Sunday's election",
// "last month's vote") or a date between a determiner and a lower-case word ("the Feb. 24
// vote").
func (s *scan) attributiveDate(d dateExpr) bool {
	if d.to >= len(s.toks) {
		return false
	}
	after := s.toks[d.to]
	if after.Kind == tokens.Poss {
		return true
	}
	if d.from == 0 || after.Kind != tokens.Word || after.Cap {
		return false
	}
	switch s.toks[d.from-1].Low {
	case "the", "a", "an", "this", "that":
		return true
	}
	return false
}

// holdsStoryDay reports "this week" or "this month" without "earlier" or "later": a span
// of time the story's day lies in.
func holdsStoryDay(d dateExpr) bool {
	e := d.e
	return e.Kind == dates.Relative && e.Count == 0 && (e.Unit == dates.Weeks || e.Unit == dates.Months) &&
		strings.HasPrefix(strings.ToLower(e.Text), "this ")
}

// aheadOf reports a date that lies after publication whatever the tense ("tomorrow",
// "next week", "later this month" are ahead; "on Friday" may be last Friday).
func aheadOf(d dateExpr, published string) bool {
	if published == "" {
		return false
	}
	got := d.resolve(published, dates.Past)
	if got == "" {
		e := d.e
		return e.Kind == dates.Relative && (e.Count > 0 || strings.HasPrefix(strings.ToLower(e.Text), "later ") || strings.HasPrefix(strings.ToLower(e.Text), "next "))
	}
	return got > published[:min(len(got), len(published))]
}

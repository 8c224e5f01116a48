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

// pluperfectBefore reports a verb in the past perfect before token k in its clause of
// sentence si: "The two countries had signed a border deal in 2019". The past perfect
// tells a time before the story's without moving the story there; a simple past ("signed
// a deal in 2019", "had talks in 2019") moves it.
func (s *scan) pluperfectBefore(si, k int) bool {
	for j := k - 1; j >= s.sents[si].from; j-- {
		switch w := s.toks[j].Low; w {
		case ",", ";", "but":
			return false
		case "had", "'d":
			return s.participleAfter(j, k)
		}
	}
	return false
}

// participleAfter reports a past participle after the auxiliary at token j and before
// token k, past adverbs and "been": "had met", "had already signed", "had been elected".
func (s *scan) participleAfter(j, k int) bool {
	for i := j + 1; i < k; i++ {
		w := s.toks[i].Low
		switch {
		case w == "been" || w == "not" || w == "never" || w == "also" || w == "already" || w == "first" || w == "last" || strings.HasSuffix(w, "ly"):
			continue
		case s.gaz.In(lexicon.Participle, w) || len(w) > 3 && strings.HasSuffix(w, "ed"):
			return true
		}
		return false
	}
	return false
}

// sinceDoing reports a time in a clause of "since" and a gerund before token k in its
// clause of sentence si: "has led the government since taking office in June 2022",
// "since becoming president in 2019". The span reaches the story's time, as "since 2019"
// does (boundWord).
func (s *scan) sinceDoing(si, k int) bool {
	for j := k - 1; j > s.sents[si].from; j-- {
		switch s.toks[j].Low {
		case ",", ";", "but":
			return false
		case "since":
			return strings.HasSuffix(s.toks[j+1].Low, "ing")
		}
	}
	return false
}

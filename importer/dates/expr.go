package dates

import (
	"time"
	"unicode/utf8"
)

// Kind is what sort of date expression was found.
type Kind int

const (
	// Weekday is a day of the week: "on Tuesday", "Tuesday's call", "Saturday morning",
	// "last Friday".
	Weekday Kind = iota + 1
	// Absolute is a day of a month, with or without a year: "Jan. 21", "21 January",
	// "Jan 21, 2022", "2022-02-01", "13/03/2022". A date in figures whose day and month
	// cannot be told apart ("4/3/2022") has its Year but no Month or Day; a day told by
	// its ordinal alone ("on the 3rd") has its Day and OfMonth but no Month.
	Absolute
	// MonthOnly is a month, with or without a year: "in January", "last September",
	// "mid-November", "July 2021", and a span of days of one month, which names no one
	// day: "from 20 to 22 December", "Jan. 26 and 27".
	MonthOnly
	// Relative is a day, week or month counted from the publication date: "yesterday",
	// "today", "tomorrow", "last week", "earlier this month", "three days ago"; "a week
	// ago" is seven days back (Days), while "last week" names no day.
	Relative
	// Anaphoric is a day counted from the day the text told before: "later that day", "the
	// same day", "the next day", "the previous day", "two days later", "a week later", "that evening", "a
	// day after" or "the day before" before the event it dates (see Leads). Its
	// Count is the step in days; Today marks "later in the day", which with no day told
	// before is the publication day. Resolve gives it only with Today; FromDay counts it
	// from the day it refers to.
	Anaphoric
	// Span is days told as a span that no one month holds, or days of the week: "from
	// Friday to Sunday", "on Monday and Tuesday", "from Feb. 28 to March 2", and a season
	// or a decade: "last summer", "in the spring of 2019", "the 1990s" (season_scan.go). A
	// contact of several days has no one day, and the words are kept.
	Span
	// YearOnly is a year with no month: "in 2019", "in early 2019", "last year", "earlier
	// this year". It names no day or month, so Resolve gives none, and the words are kept.
	YearOnly
)

// String names the kind for logs and tests.
func (k Kind) String() string {
	switch k {
	case Weekday:
		return "weekday"
	case Absolute:
		return "absolute"
	case MonthOnly:
		return "month"
	case Relative:
		return "relative"
	case Anaphoric:
		return "anaphoric"
	case Span:
		return "span"
	case YearOnly:
		return "year"
	}
	return "unknown"
}

// Unit is the step of a Relative expression.
type Unit int

const (
	Days Unit = iota + 1
	Weeks
	Months
)

// Expr is one date expression found in a text.
type Expr struct {
	Kind Kind
	// Text is the words as printed, without the preposition before them ("Jan. 21" from
	// "on Jan. 21", "Tuesday" from "Tuesday's call", "last September", "mid-November").
	// It is what a contact keeps as date_text when the date cannot be resolved.
	Text string
	// Start and End are the byte offsets of Text in the searched text; RuneStart and
	// RuneEnd the same in runes (code points), for consumers that count characters.
	Start, End         int
	RuneStart, RuneEnd int

	// Weekday is the day of the week of Kind Weekday, and of an Absolute printed after
	// its weekday ("Friday, Jan. 3": WeekdayTold).
	Weekday time.Weekday
	// WeekdayTold marks an Absolute without a year printed after the weekday it falls on:
	// of the years the tense allows, Resolve takes the one where it does ("Friday, Jan. 3"
	// in a paper of Dec. 30, 2024 is 2025's).
	WeekdayTold bool
	Year        int        // the year the words give, 0 when they give none
	Month       time.Month // Kind Absolute and MonthOnly
	Day         int        // Kind Absolute
	// Either holds the two figures of a date in figures whose day and month cannot be told
	// apart ("4/3/2024": 4 and 3), in print order; Month and Day stay 0. Resolve takes the
	// one reading the tense allows beside the publication date, if only one.
	Either [2]int
	// OfMonth marks a day of the month told by its ordinal alone, "on the 3rd": a day of
	// the month of publication, or of the month before or after it by the tense.
	OfMonth bool
	// Shift is the modifier before a weekday or month: -1 for "last", +1 for "next",
	// 0 for none or "this".
	Shift int
	// LastWeek marks a weekday told of the week before publication's ("on Monday last
	// week", "Monday of last week"): that week's day, which need not be the nearest one.
	LastWeek bool
	// YearShift is a year given relative to publication: "in January this year" (0 with
	// HasYearShift), "last year" (-1), "next year" (+1).
	YearShift    int
	HasYearShift bool
	// Count and Unit give a Relative expression as a step from the publication date:
	// yesterday is -1 Days, "last month" -1 Months, "two weeks ago" -2 Weeks.
	Count int
	Unit  Unit
	// Today marks an Anaphoric "later in the day", "earlier in the day".
	Today bool
	// Leads marks an Anaphoric span that dates the event told after it from the day told
	// before it: "X met Y on Tuesday, a day after she spoke with Z" puts the call with Z a
	// day before Tuesday (Count -1); "two days before" counts forward.
	Leads bool
}

// setRunes fills the rune offsets of e from its byte offsets in text.
func (e *Expr) setRunes(text string) {
	e.RuneStart = utf8.RuneCountInString(text[:e.Start])
	e.RuneEnd = e.RuneStart + utf8.RuneCountInString(text[e.Start:e.End])
}

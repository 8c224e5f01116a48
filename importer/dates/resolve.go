package dates

import (
	"fmt"
	"time"
)

// Direction is the tense of the sentence a date expression is in: it decides whether
// "on Saturday" is the Saturday before or after the publication date.
type Direction int

const (
	Unknown Direction = iota // no tense to go by: the nearest candidate wins
	Past                     // "met on Saturday": on or before publication
	Future                   // "will meet on Saturday": on or after publication
	// Arranged is a plan told from a moment just before publication ("were due to meet on
	// Wednesday", "said he would meet", "meets Y on Friday"): a weekday on or after the day
	// before publication, since the day may have just passed when the paper appears; a
	// day of a month or a month in the nearest year, since a plan told in the past tense
	// may be long past ("had been scheduled to meet on Nov. 20" in a December paper).
	Arranged
)

// Resolve turns e into a calendar date, given the article's publication date
// (YYYY-MM-DD, or "" when unknown) and the tense. It returns YYYY-MM-DD, YYYY-MM for a
// month, or "" when the words do not pin a date down (no publication date and no year, or
// a week). The rules follow the extraction guidelines:
//   - a weekday is the nearest such day on or before publication (Past), on or after it
//     (Future), on or after the day before it (Arranged); on the weekday of publication it
//     is that very day. "last Friday" is strictly before, "next Friday" strictly after;
//     "Friday last week" is the Friday of the week (from Monday) before publication's;
//   - a day and month take the publication year; if that lands more than a week after
//     publication in the past tense the year before is meant, more than a week before it
//     in the future tense the year after;
//   - a month alone follows the same logic at month precision; "last September" is the
//     most recent September before the month of publication;
//   - an explicit year is kept as written.
func Resolve(e Expr, published string, dir Direction) string {
	pub, hasPub := parseISO(published)
	switch e.Kind {
	case Absolute:
		return resolveDay(e, pub, hasPub, dir)
	case MonthOnly:
		return resolveMonth(e, pub, hasPub, dir)
	case Weekday:
		if !hasPub {
			return ""
		}
		return resolveWeekday(e, pub, dir).Format(isoDate)
	case Relative:
		if !hasPub {
			return ""
		}
		return resolveRelative(e, pub)
	case Anaphoric:
		if !hasPub || !e.Today {
			return ""
		}
		return pub.AddDate(0, 0, e.Count).Format(isoDate)
	}
	return ""
}

// FromDay counts an Anaphoric expression from the day it refers to (YYYY-MM-DD): "the next
// day" after 2022-02-01 is 2022-02-02. It returns "" for another kind or a day that is
// not a calendar day.
func FromDay(e Expr, day string) string {
	ref, ok := parseISO(day)
	if e.Kind != Anaphoric || !ok {
		return ""
	}
	return ref.AddDate(0, 0, e.Count).Format(isoDate)
}

// parseISO reads a YYYY-MM-DD publication date.
func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse(isoDate, s)
	return t, err == nil
}

// resolveDay resolves "Jan. 21" and "Jan 21, 2022". A date in figures whose day and month
// cannot be told apart ("4/3/2024") gives a date only when one reading is ruled out
// (eitherOrder).
func resolveDay(e Expr, pub time.Time, hasPub bool, dir Direction) string {
	if e.OfMonth && hasPub {
		return resolveOfMonth(e, pub, dir)
	}
	if e.Month == 0 && e.Either != [2]int{} && hasPub {
		return eitherOrder(e, pub, dir)
	}
	if e.Month == 0 {
		return ""
	}
	if e.Year != 0 {
		return time.Date(e.Year, e.Month, e.Day, 0, 0, 0, 0, time.UTC).Format(isoDate)
	}
	if !hasPub {
		return ""
	}
	if e.HasYearShift {
		y := pub.Year() + e.YearShift
		if !validDay(y, e.Month, e.Day) {
			return ""
		}
		return time.Date(y, e.Month, e.Day, 0, 0, 0, 0, time.UTC).Format(isoDate)
	}
	at := func(y int) time.Time { return time.Date(y, e.Month, e.Day, 0, 0, 0, 0, time.UTC) }
	year := pickYear(pub.Year(), dir, dayLag, func(y int) int { return int(at(y).Sub(pub).Hours() / 24) })
	if e.WeekdayTold {
		year = toldWeekdayYear(e, year, pub, at)
	}
	if !validDay(year, e.Month, e.Day) {
		return ""
	}
	return at(year).Format(isoDate)
}

// toldWeekdayYear returns the year in which the day told with its weekday falls on that
// weekday: "Friday, Jan. 3" in a paper of Dec. 30, 2024 is Jan. 3, 2025, a Friday, which
// the week's slack of a day of a month (dayLag) had kept in 2024. Only a year beside the
// one picked whose day lies nearer publication replaces it, and only when the picked
// year's day falls on another weekday: a weekday misprinted by a day ("Wednesday, March
// 3" for Tuesday's) would otherwise move the date a year.
func toldWeekdayYear(e Expr, year int, pub time.Time, at func(int) time.Time) int {
	if at(year).Weekday() == e.Weekday {
		return year
	}
	away := func(y int) time.Duration { return max(at(y).Sub(pub), pub.Sub(at(y))) }
	for _, y := range []int{year - 1, year + 1} {
		if validDay(y, e.Month, e.Day) && at(y).Weekday() == e.Weekday && away(y) < away(year) {
			return y
		}
	}
	return year
}

// resolveOfMonth resolves "on the 3rd": the day of the month of publication, unless the
// tense puts it on the other side of publication, in the month before (held, "met on the
// 27th" in a paper of the 5th) or after (planned, "will meet on the 2nd" in one of the
// 20th); with no tense, the nearest of the three.
func resolveOfMonth(e Expr, pub time.Time, dir Direction) string {
	at := func(m int) time.Time {
		return time.Date(pub.Year(), pub.Month()+time.Month(m), e.Day, 0, 0, 0, 0, time.UTC)
	}
	valid := func(m int) bool { return at(m).Day() == e.Day }
	dist := func(m int) int { return int(at(m).Sub(pub).Hours() / 24) }
	m := 0
	switch dir {
	case Past:
		if dist(0) > 0 {
			m = -1
		}
	case Future:
		if dist(0) < 0 {
			m = 1
		}
	default:
		for _, k := range []int{-1, 1} {
			if valid(k) && abs(dist(k)) < abs(dist(m)) {
				m = k
			}
		}
	}
	if !valid(m) {
		return ""
	}
	return at(m).Format(isoDate)
}

// resolveMonth resolves "in January", "last September", "July 2021".
func resolveMonth(e Expr, pub time.Time, hasPub bool, dir Direction) string {
	if e.Year != 0 {
		return fmt.Sprintf("%04d-%02d", e.Year, int(e.Month))
	}
	if !hasPub {
		return ""
	}
	if e.HasYearShift {
		return fmt.Sprintf("%04d-%02d", pub.Year()+e.YearShift, int(e.Month))
	}
	diff := func(y int) int { return (y-pub.Year())*12 + int(e.Month) - int(pub.Month()) }
	year := pub.Year()
	switch {
	case e.Shift < 0:
		if diff(year) >= 0 {
			year--
		}
	case e.Shift > 0:
		if diff(year) <= 0 {
			year++
		}
	default:
		year = pickYear(year, dir, 0, diff)
	}
	return fmt.Sprintf("%04d-%02d", year, int(e.Month))
}

// dayLag is how many days a day of a month may lie on the wrong side of publication and
// still take the publication year: a stored copy's date may be a few days off the story's
// (a first-published date on an updated story, a later reprint), and "met on March 16" in
// an article dated March 14 is this March, not last year's ("Jan. 21" takes the year of
// the article).
const dayLag = 7

// pickYear chooses among the publication year and its neighbours given the distance
// (in days or months, signed) from publication of the date in each year: not after it
// (by more than slack) for Past, not before it (by more than slack) for Future, the
// nearest for Unknown and Arranged (ties go to the publication year).
func pickYear(year int, dir Direction, slack int, dist func(y int) int) int {
	switch dir {
	case Past:
		if dist(year) > slack {
			return year - 1
		}
	case Future:
		if dist(year) < -slack {
			return year + 1
		}
	default:
		best := year
		for _, y := range []int{year - 1, year + 1} {
			if abs(dist(y)) < abs(dist(best)) {
				best = y
			}
		}
		return best
	}
	return year
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// resolveWeekday finds the day of the week named by e around pub.
func resolveWeekday(e Expr, pub time.Time, dir Direction) time.Time {
	back := (int(pub.Weekday()) - int(e.Weekday) + 7) % 7 // days back to the weekday
	ahead := (7 - back) % 7                               // days ahead to it
	switch {
	case e.LastWeek:
		// the week runs from Monday: back to this week's Monday, a week more, then on
		// to the day
		monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)-7)
		return monday.AddDate(0, 0, (int(e.Weekday)+6)%7)
	case e.Shift < 0:
		if back == 0 {
			back = 7
		}
		return pub.AddDate(0, 0, -back)
	case e.Shift > 0:
		if ahead == 0 {
			ahead = 7
		}
		return pub.AddDate(0, 0, ahead)
	case dir == Past:
		return pub.AddDate(0, 0, -back)
	case dir == Future:
		return pub.AddDate(0, 0, ahead)
	case dir == Arranged:
		if back <= 1 {
			return pub.AddDate(0, 0, -back)
		}
		return pub.AddDate(0, 0, ahead)
	case back <= ahead:
		return pub.AddDate(0, 0, -back)
	}
	return pub.AddDate(0, 0, ahead)
}

// resolveRelative resolves "yesterday", "three days ago", "last month". Weeks have no
// single day or month, so they stay unresolved.
func resolveRelative(e Expr, pub time.Time) string {
	switch e.Unit {
	case Days:
		return pub.AddDate(0, 0, e.Count).Format(isoDate)
	case Months:
		first := time.Date(pub.Year(), pub.Month()+time.Month(e.Count), 1, 0, 0, 0, 0, time.UTC)
		return first.Format("2006-01")
	}
	return ""
}

// eitherOrder resolves a date in figures that reads both ways ("4/3/2025": 4 March or 3
// April) by the tense: a contact told as held took place on or before publication, one told
// as planned takes place on or after it (each with the week's slack of a day of a month,
// dayLag). When exactly one reading is on the allowed side, it is the date: "met on
// 4/3/2025" in a paper of 5 March 2025 is 4 March, since 3 April had not come. With no
// tense, or both readings allowed, the words are kept without a date.
func eitherOrder(e Expr, pub time.Time, dir Direction) string {
	if dir != Past && dir != Future {
		return ""
	}
	var fits []time.Time
	for _, r := range [][2]int{{e.Either[0], e.Either[1]}, {e.Either[1], e.Either[0]}} {
		day, month := r[0], time.Month(r[1])
		if !validDay(e.Year, month, day) {
			continue
		}
		at := time.Date(e.Year, month, day, 0, 0, 0, 0, time.UTC)
		dist := int(at.Sub(pub).Hours() / 24)
		if dir == Past && dist <= dayLag || dir == Future && dist >= -dayLag {
			fits = append(fits, at)
		}
	}
	if len(fits) != 1 {
		return ""
	}
	return fits[0].Format(isoDate)
}

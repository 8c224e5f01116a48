package dates

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Finder finds date expressions. Build it once with NewFinder and share it: it holds only
// compiled patterns and indexes of words, built once and only read, and is safe for
// concurrent use.
type Finder struct {
	iso, monthDay, dayMonth, monthYear, ago                                   *regexp.Regexp
	anaphoric, daysLater, numeric, spanOrder, hoursOrder, dayRange, rangeDays *regexp.Regexp
	weekdaySpan, datesRange, eve, tripDay, theSpanOrder                       *regexp.Regexp
	lastWeekAfter, ordinal, abbrWeekday, hoursLater, yearOnly, holiday        *regexp.Regexp
	season, decade                                                            *regexp.Regexp
	// scans run in order of precision: a match overlapping an earlier one is dropped.
	scans []scan
	cues  *cueIndex
	// relative spells out relativePattern for relativeLocs.
	relative *phraseIndex
}

// scan is the search of one pattern, run on a window only when the window shows every cue
// in needs (cues.go).
type scan struct {
	needs cue
	run   func(string) []Expr
}

// monthWord matches a capitalised word that may be a month name or abbreviation
// (lower-case "may" is a verb); the scans check it with MonthNumber. A generic word keeps
// the compiled patterns small, and Go's regexp costs grow with their size.
const monthWord = `[A-Z][a-z]{2,8}`

// NewFinder compiles the patterns.
func NewFinder() *Finder {
	numWords := `a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d{1,3}`
	f := &Finder{
		iso:           regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
		monthDay:      regexp.MustCompile(`\b(` + monthWord + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`),
		dayMonth:      regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthWord + `)\b\.?(?:,?\s+(\d{4})\b)?`),
		monthYear:     regexp.MustCompile(`\b(?:(mid|early|late)-)?(` + monthWord + `)\.?,?\s+(?:of\s+)?(\d{4})\b`),
		weekdaySpan:   regexp.MustCompile(`\b(?:(?i:from|between)\s+)?([A-Z][a-z]{2,5}day)\s*(?:-|–|to|and|through|until|till)\s*([A-Z][a-z]{2,5}day)\b`),
		lastWeekAfter: regexp.MustCompile(`^(?:'s|’s)?\s+(?:of\s+)?(?i:last|the\s+previous|the\s+past)\s+week\b`),
		ago:           regexp.MustCompile(`(?i)\b(` + numWords + `)\s+(days?|weeks?|fortnights?|months?|years?)\s+ago\b`),
		// "later that day", "the same day", "the next day", "the following night", "that
		// evening", "later in the day", "later in the evening"; "the day before", "the day
		// prior" and "the day after" only where the phrase ends (before a comma or full
		// stop): "the day after the election" counts from the election (theSpanOrder).
		anaphoric: regexp.MustCompile(`(?i)\b(?:(?:(later|earlier)\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|` +
			`(later|earlier)\s+in\s+the\s+(?:day|morning|afternoon|evening)|the\s+(next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:day|night|evening|morning)\s+(before|after|prior)[,.;])`),
		daysLater: regexp.MustCompile(`(?i)\b(` + numWords + `)\s+(days?|weeks?|fortnights?)\s+(later|earlier)\b`),
		// "from 20 to 22 December", "12-13 March 2024"; "Jan. 26 and 27", "March 12-14",
		// "between June 9 and 11", "June 9 through 11" (the join is submatch first+1)
		dayRange: regexp.MustCompile(`\b(?:(?i:from|between)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(-|–|to|and|until|through)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthWord + `)\b\.?(?:,?\s+(\d{4})\b)?`),
		// "from March 3 to March 5", "between 28 February and 2 March 2024": two whole days
		datesRange: regexp.MustCompile(`\b(?:(?i:from|between)\s+)?(?:(` + monthWord + `)\.?\s+(\d{1,2})|(\d{1,2})\s+(` + monthWord + `)\.?)(?:st|nd|rd|th)?\s*(-|–|to|and|until|through)\s*` +
			`(?:(` + monthWord + `)\.?\s+(\d{1,2})|(\d{1,2})\s+(` + monthWord + `)\.?)(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`),
		rangeDays: regexp.MustCompile(`\b(?:(?i:from|between)\s+)?(` + monthWord + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(-|–|to|and|until|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`),
		// "a day after X met Y", "two days before the call", "two days prior to the vote":
		// the span and the word of order, with the clause of the event it dates after them
		// "on the eve of the summit on Thursday": a day before the event after it
		eve: regexp.MustCompile(`(?i)\b(?:on\s+)?the\s+eve\s+of\s+\w`),
		// "on the second day of his visit", "On the first day,": a day of a visit counted
		// from its first, told before
		tripDay:   regexp.MustCompile(`(?i)\b(?:on\s+)?the\s+(first|second|third|fourth|fifth)\s+(day)\b(\s+of\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay|talks)\b)?`),
		spanOrder: regexp.MustCompile(`(?i)\b(` + numWords + `)\s+(days?|weeks?)\s+(after|before|prior\s+to)\s+\w`),
		// "the day before the vote", "the night after the election": a day, with the
		// submatches of spanOrder ("the" for the count)
		theSpanOrder: regexp.MustCompile(`(?i)\b(the)\s+(day|night|evening|morning)\s+(after|before|prior\s+to)\s+\w`),
		// "hours after the strikes on Monday", "just a few hours before": the same day
		hoursOrder: regexp.MustCompile(`(?i)\b(?:(?:just|only|mere|barely)\s+)?(?:(` + numWords + `)\s+)?hours\s+(after|before)\s+\w`),
		// "hours later", "a few hours earlier": the same day as the day told before
		hoursLater: regexp.MustCompile(`(?i)\b(?:(?:just|only|mere|barely)\s+)?(?:(` + numWords + `)\s+)?hours\s+(later|earlier)\b`),
		// "13/03/2024", "3.12.2024", "12-03-2024": a day and month in either order, with
		// the year in full (without it, "3/4" is a fraction or a score)
		// "on the 3rd": a day of the month of publication, told by its ordinal alone
		ordinal:     regexp.MustCompile(`\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b`),
		numeric:     regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})\b`),
		abbrWeekday: regexp.MustCompile(abbrWeekdayPattern),
		yearOnly:    regexp.MustCompile(yearOnlyPattern),
		holiday:     regexp.MustCompile(holidayPattern),
		season:      regexp.MustCompile(seasonPattern),
		decade:      regexp.MustCompile(decadePattern),
	}
	f.scans = []scan{
		{cueMonth | cueDayToDay, dayRanges(f.dayRange, 4, 1, 3, 5)},
		{cueMonth | cueDayToDay, dayRanges(f.rangeDays, 1, 2, 4, 5)},
		{cueMonths | cueDigit, f.datesRanges},
		{cueDigitDash, days(f.iso, 1, 2, 3)},
		{cueMonth | cueDigit, days(f.monthDay, 3, 1, 2)},
		{cueMonth | cueDigit, days(f.dayMonth, 3, 2, 1)},
		{cueDigitMark, f.numerics},
		{cueHoliday, f.holidays},
		{cueOrdinalDay, f.ordinals},
		{cueMonth | cueDigit, f.monthYears},
		{cueMonthName, f.monthsOnly},
		{cueRelative, f.relatives},
		{cueAgo, f.agos},
		{cueWeekdays, f.weekdaySpans},
		{cueWeekday, f.weekdays},
		{cueWeekdayAbbr, f.abbrWeekdays},
		{cueAnaphoric | cueDayPart, f.anaphorics},
		{cueLater | cueDayUnit, f.daysLaters},
		{cueEve, f.eves},
		{cueTripDay, f.tripDays},
		{cueOrder | cueDayUnit, spanOrders(f.spanOrder)},
		{cueOrder | cueDayPart, spanOrders(f.theSpanOrder)},
		{cueHours | cueOrder, f.hoursOrders},
		{cueHours | cueLater, f.hoursLaters},
		{cueSeason, f.seasons},
		{cueDecade | cueDigit, f.decades},
		{cueYear, f.yearsOnly},
	}
	f.cues = newCueIndex()
	f.relative = newPhraseIndex(relativePhrases())
	return f
}

// Find returns the date expressions of text in order, with a Finder compiled at the first
// call and shared by every later one. Compiling the patterns on every call was a fifth of
// what an import allocated (it dates each wire dateline) and 3% of its CPU.
func Find(text string) []Expr {
	return shared().Find(text)
}

// shared is the Finder of Find.
var shared = sync.OnceValue(NewFinder)

// Find returns the date expressions of text in order. Where two patterns match the same
// words, the more precise one wins: "Tuesday, Feb. 1" is the date Feb. 1, "May 13" is a
// day and not a month.
func (f *Finder) Find(text string) []Expr {
	var found []Expr
	printed := text
	text = titledMonths(plainSpaces(text))
	// Windows do not overlap, so running each window's scans in turn finds what running
	// each scan over every window does.
	for _, w := range windows(text) {
		part := text[w.lo:w.hi]
		has := f.cues.cuesOf(part)
		for _, s := range f.scans {
			if has&s.needs != s.needs {
				continue // no match can lack a cue
			}
			for _, e := range s.run(part) {
				e.Start, e.End = e.Start+w.lo, e.End+w.lo
				if !overlaps(found, e) {
					found = append(found, e)
				}
			}
		}
	}
	slices.SortFunc(found, func(a, b Expr) int { return a.Start - b.Start })
	for i := range found {
		found[i].setRunes(printed)
		found[i].Text = printed[found[i].Start:found[i].End]
	}
	return dropDatedWeekdays(text, found)
}

// plainSpaces returns text with each space of Unicode other than ASCII's (a no-break space,
// U+00A0, a narrow or thin one, U+202F, U+2009) written as as many ASCII spaces as it has
// bytes, so that byte offsets stay those of text. Pages print "20 February" and "Feb. 25"
// with a no-break space to keep the day and month on one line; the patterns' \s is ASCII
// only, and a date missed so left the contact to take the lead's day. Text without such a
// space (nearly all) is returned as it is, after one pass over its bytes.
func plainSpaces(text string) string {
	first := -1
	for i := 0; i < len(text) && first < 0; i++ {
		if c := text[i]; c == 0xC2 || c == 0xE2 || c == 0xE3 { // the lead bytes of U+00A0, U+2000-U+205F, U+3000
			if r, _ := utf8.DecodeRuneInString(text[i:]); wideSpace(r) {
				first = i
			}
		}
	}
	if first < 0 {
		return text
	}
	b := []byte(text)
	for i := first; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if wideSpace(r) {
			copy(b[i:i+n], "    "[:n])
		}
		i += n
	}
	return string(b)
}

// wideSpace reports a space of Unicode (Zs) other than ASCII's.
func wideSpace(r rune) bool {
	return r != ' ' && unicode.Is(unicode.Zs, r)
}

// overlaps reports whether e shares bytes with any expression already found.
func overlaps(found []Expr, e Expr) bool {
	for _, g := range found {
		if e.Start < g.End && g.Start < e.End {
			return true
		}
	}
	return false
}

// dropDatedWeekdays removes a weekday printed right before the date it names
// ("Tuesday, Feb. 1", "Tuesday (Feb. 1)", "Tues., Feb. 1"): the date says all, and keeps the
// weekday only to choose its year when it gives none (WeekdayTold); a day counted from the
// publication printed so ("today (Aug 20)", "yesterday (Aug 19)", as the Singapore press
// dates a story), which the date again says; and the week after a weekday of last week
// ("Monday last week"), which the weekday already holds.
func dropDatedWeekdays(text string, found []Expr) []Expr {
	out := found[:0]
	for i, e := range found {
		if e.Kind == Relative && e.Unit == Days && i+1 < len(found) && found[i+1].Kind == Absolute && found[i+1].Day > 0 &&
			strings.TrimSpace(text[e.End:found[i+1].Start]) == "(" {
			continue
		}
		if e.Kind == Weekday && i+1 < len(found) && found[i+1].Kind == Absolute &&
			strings.Trim(text[e.End:found[i+1].Start], ".,( ") == "" { // "Tues., Feb. 1": a short form's dot
			if d := &found[i+1]; d.Year == 0 && !d.HasYearShift && d.Month != 0 && e.Shift == 0 {
				d.Weekday, d.WeekdayTold = e.Weekday, true
			}
			continue
		}
		if e.Kind == Relative && e.Unit == Weeks && len(out) > 0 && out[len(out)-1].LastWeek && e.Start-out[len(out)-1].End <= 8 {
			continue
		}
		out = append(out, e)
	}
	return out
}

// atoi reads a number the patterns already know to be digits; "" is 0.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// sub returns the text of submatch k of loc, or "".
func sub(text string, loc []int, k int) string {
	if loc[2*k] < 0 {
		return ""
	}
	return text[loc[2*k]:loc[2*k+1]]
}

// month reads a month name or abbreviation; 0 when s is another word.
func month(s string) time.Month {
	m, _ := MonthNumber(strings.TrimSuffix(s, "."))
	return time.Month(m)
}

// fullMonth reports a month name written in full, the only form that stands alone as a
// month-only date ("in Dec" is rare in prose, and "Jan" is also a name).
func fullMonth(s string) bool {
	m := month(s)
	return m != 0 && s == m.String()
}

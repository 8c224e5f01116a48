package dates

import "strings"

// cue is a sign in a window of text without which some pattern of Find cannot match:
// letters that every match of the pattern holds, looked for anywhere in the window
// (not as whole words, and over every spelling the pattern's \s and case folding
// allow), so that a window without the cue holds no match. Find runs a pattern only on
// the windows that show all the cues it needs: a pattern that could match is never
// skipped, and the dates found are those of running every pattern everywhere. Go's
// regexps have no such prefilter of their own unless a pattern starts with a literal, and
// the backtracker they run on short texts costs about as much for a window without a
// date as for one with it.
type cue uint16

const (
	cueDigit     cue = 1 << iota // a figure: every pattern with \d
	cueDigitDash                 // a figure before "-": "2022-02-01"
	cueDigitMark                 // a figure before "-", "/" or ".": "13/03/2024", "4.3.2024"
	cueMonth                     // a month's name or abbreviation, capitalised: "Jan", "Sept"
	cueMonthName                 // a month's name in full, capitalised: "January"
	cueWeekday                   // a weekday's name in full, capitalised: "Monday"
	cueRelative                  // "yesterday", "today", "tomorrow", a part of a day, "week", "month"
	cueAgo                       // "ago"
	cueAnaphoric                 // a word that counts from a day told before: "that", "next", "before"...
	cueDayPart                   // "day" or a part of one: "morning", "night"...
	cueLater                     // "later", "earlier"
	cueDayUnit                   // "day", "week", "fortnight"
	cueOrder                     // "after", "before"
	cueEve                       // "eve"
	cueHours                     // "hours"
)

// cueTest tells whether a window shows one cue. raw is the window as the patterns read it;
// folded is the same letters as a pattern that ignores case reads them (fold).
type cueTest struct {
	cue  cue
	test func(raw, folded string) bool
}

// cueTests lists how each cue is told. The words are the literal letters of the patterns
// in find.go: a pattern that changes must keep its cues among the letters every match of
// it holds.
func cueTests() []cueTest {
	return []cueTest{
		{cueDigit, func(raw, _ string) bool { return strings.ContainsAny(raw, "0123456789") }},
		{cueDigitDash, func(raw, _ string) bool { return digitBefore(raw, "-") }},
		{cueDigitMark, func(raw, _ string) bool { return digitBefore(raw, "-/.") }},
		// monthWord is [A-Z][a-z]{2,8} and the scans keep it only when MonthNumber reads
		// it: it then starts with one of these, "Sept" and "September" with "Sep"
		{cueMonth, rawAny("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")},
		// monthsOnly keeps a month only when written in full (fullMonth)
		{cueMonthName, rawAny("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")},
		// [A-Z][a-z]{2,5}day, kept only when weekdayNumber reads it
		{cueWeekday, rawAny("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")},
		// relative: "tonight" and "last night" hold "night", "the day before yesterday"
		// "yesterday", "over the weekend" "week", "at the end of the month" "month"
		{cueRelative, foldedAny("yesterday", "today", "tomorrow", "night", "evening", "morning", "afternoon", "week", "month")},
		{cueAgo, foldedAny("ago")},
		// anaphoric: "(later) that day", "the same day", "later in the day", "the next
		// day", "the day before,"
		{cueAnaphoric, foldedAny("that", "same", "later", "earlier", "next", "following", "previous", "preceding", "before", "after")},
		{cueDayPart, foldedAny("day", "morning", "afternoon", "evening", "night")},
		{cueLater, foldedAny("later", "earlier")},
		{cueDayUnit, foldedAny("day", "week", "fortnight")},
		{cueOrder, foldedAny("after", "before")},
		{cueEve, foldedAny("eve")},
		{cueHours, foldedAny("hours")},
	}
}

// cuesOf returns the cues window shows.
func (f *Finder) cuesOf(window string) cue {
	folded := fold(window)
	var has cue
	for _, t := range f.cueTests {
		if t.test(window, folded) {
			has |= t.cue
		}
	}
	return has
}

// rawAny tells a window holding any of words as written.
func rawAny(words ...string) func(raw, folded string) bool {
	return func(raw, _ string) bool { return holdsAny(raw, words) }
}

// foldedAny tells a window holding any of words (lower case) in any case.
func foldedAny(words ...string) func(raw, folded string) bool {
	return func(_, folded string) bool { return holdsAny(folded, words) }
}

func holdsAny(text string, words []string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// digitBefore reports a figure right before any of the bytes of marks.
func digitBefore(text, marks string) bool {
	for i := 1; i < len(text); i++ {
		if c := text[i-1]; c >= '0' && c <= '9' && strings.IndexByte(marks, text[i]) >= 0 {
			return true
		}
	}
	return false
}

// fold returns text with its letters as a pattern that ignores case matches them against
// the lower-case letters of its words: ASCII letters lower-cased, and the two letters
// beyond ASCII that Go's case folding takes for ASCII ones, the long s (ſ) for s and the
// Kelvin sign (K) for k. Other letters are left as they are: no pattern word holds them.
func fold(text string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == '\u017f': // ſ
			return 's'
		case r == '\u212a': // K, the Kelvin sign
			return 'k'
		}
		return r
	}, text)
}

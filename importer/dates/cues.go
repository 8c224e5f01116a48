package dates

import (
	"math/bits"
	"strings"
	"time"
	"unicode/utf8"
)

// cue is a sign in a window of text without which some pattern of Find cannot match:
// letters that every match of the pattern holds, looked for anywhere in the window
// (not as whole words, and over every spelling the pattern's \s and case folding
// allow), so that a window without the cue holds no match. Find runs a pattern only on
// the windows that show all the cues it needs: a pattern that could match is never
// skipped, and the dates found are those of running every pattern everywhere. Go's
// regexps have no such prefilter of their own unless a pattern starts with a literal, and
// the backtracker they run on short texts costs about as much for a window without a
// date as for one with it.
type cue uint32

const (
	cueDigit       cue = 1 << iota // a figure: every pattern with \d
	cueDigitDash                   // figures joined by "-": "2022-02-01"
	cueDigitMark                   // figures joined by "-", "/" or ".": "13/03/2024", "4.3.2024"
	cueOrdinalDay                  // a figure before "st", "nd", "rd" or "th": "the 3rd"
	cueDayToDay                    // two numbers joined as a span of days: "20 to 22", "12-13", "26th and 27th"
	cueMonth                       // a month's name or abbreviation, capitalised: "Jan", "Sept"
	cueMonthName                   // a month's name in full, capitalised: "January"
	cueMonths                      // two months' names or abbreviations: "Feb. 28 to March 2"
	cueWeekday                     // a weekday's name in full, capitalised: "Monday"
	cueWeekdays                    // two different weekdays' names: "Monday and Tuesday"
	cueRelative                    // "yesterday", "today", "tomorrow", a part of a day, "week", "month"
	cueAgo                         // "ago"
	cueAnaphoric                   // a word that counts from a day told before: "that", "next", "before"...
	cueDayPart                     // "day" or a part of one: "morning", "night"...
	cueLater                       // "later", "earlier"
	cueDayUnit                     // "day", "week", "fortnight"
	cueOrder                       // "after", "before"
	cueEve                         // "eve"
	cueHours                       // "hours"
	cueWeekdayAbbr                 // a weekday's short form, whole and capitalised: "Tues", "Wed"
	cueYear                        // a year in figures from 1000 on, or "year": "in 2019", "last year"
	cueHoliday                     // a fixed-day holiday's first word: "Christmas", "New Year", "Boxing"
	cueTripDay                     // " day": "the second day of the visit"
	cueSeason                      // a season's name: "summer", "fall"
	cueDecade                      // a decade's last figure and its s: "0s" of "1990s"
)

// cueWord is letters that show a cue where a window holds them: as written (a month's
// or weekday's name, capitalised, with its number n), or in any case and with any space
// of \s for a space (folded: lower case). A whole word shows its cue only where no letter
// or digit follows it ("Tue" in "Tue." but not in "Tuesday", which "Tues" shows).
type cueWord struct {
	word   string
	cue    cue
	folded bool
	n      int
	whole  bool
}

// cueWords lists the words of the cues. They are the literal letters of the patterns in
// find.go: a pattern that changes must keep its cues among the letters every match of it
// holds.
func cueWords() []cueWord {
	var out []cueWord
	for m := time.January; m <= time.December; m++ {
		// monthWord is [A-Z][a-z]{2,8} and the scans keep it only when MonthNumber reads
		// it: it then starts with the name's first three letters ("Sept" with "Sep");
		// monthsOnly keeps only a name in full (fullMonth)
		out = append(out, cueWord{m.String()[:3], cueMonth, false, int(m), false}, cueWord{m.String(), cueMonthName, false, int(m), false})
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		// [A-Z][a-z]{2,5}day, kept only when weekdayNumber reads it
		out = append(out, cueWord{d.String(), cueWeekday, false, int(d), false})
	}
	for _, w := range []string{"Christmas", "New Year", "Boxing"} { // holidayPattern's
		out = append(out, cueWord{w, cueHoliday, false, 0, false})
	}
	// abbrWeekdayPattern's forms, each between \b
	for _, w := range []string{"Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"} {
		out = append(out, cueWord{w, cueWeekdayAbbr, false, 0, true})
	}
	for _, c := range []struct {
		cue   cue
		words []string
	}{
		// relative: "tonight" and "last night" hold "night", "the day before yesterday"
		// "yesterday", "over the weekend" "week", "at the end of the month" "month"
		{cueRelative, []string{"yesterday", "today", "tomorrow", "night", "evening", "morning", "afternoon", "week", "month"}},
		{cueAgo, []string{" ago"}}, // "\s+ago"
		// anaphoric: "(later) that day", "the same day", "later in the day", "the next
		// day", "the day before,": the words between spaces (\s) where the pattern has them
		{cueAnaphoric, []string{"that ", "same ", "later ", "earlier ", " next ", " following ", " previous ", " preceding ", " before", " after", " prior"}},
		{cueDayPart, []string{" day", " morning", " afternoon", " evening", " night"}},
		{cueLater, []string{" later", " earlier"}},             // "\s+(later|earlier)"
		{cueDayUnit, []string{" day", " week", " fortnight"}},  // "\s+(days?|weeks?|fortnights?)"
		{cueOrder, []string{" after ", " before ", " prior "}}, // "\s+(after|before|prior\s+to)\s+"
		{cueEve, []string{" eve "}},                            // "the\s+eve\s+of"
		{cueTripDay, []string{" day"}},                         // "(first|second...)\s+day"
		{cueHours, []string{"hours "}},                         // "hours\s+"
		{cueYear, []string{"year", " 1", " 20", "-1", "-20"}},  // "year", or a year's first figures after \s or "mid-"
		// seasonPattern's names, and decadePattern's "\d{3}0s"
		{cueSeason, []string{"spring", "summer", "autumn", "fall", "winter"}},
		{cueDecade, []string{"0s"}},
	} {
		for _, w := range c.words {
			out = append(out, cueWord{w, c.cue, true, 0, false})
		}
	}
	return out
}

// cueIndex files the cue words by their first byte, apart for the window as written and
// for it folded, so that one pass over a window tells its cues.
type cueIndex struct {
	raw, folded [256][]cueWord
}

func newCueIndex() *cueIndex {
	x := &cueIndex{}
	for _, w := range cueWords() {
		if w.folded {
			x.folded[w.word[0]] = append(x.folded[w.word[0]], w)
		} else {
			x.raw[w.word[0]] = append(x.raw[w.word[0]], w)
		}
	}
	return x
}

// cuesOf returns the cues window shows.
func (x *cueIndex) cuesOf(window string) cue {
	var has cue
	months, weekdays := 0, uint8(0)
	for i := 0; i < len(window); i++ {
		c := window[i]
		if c >= '0' && c <= '9' {
			has |= cueDigit | figureCues(window, i+1)
		}
		for _, w := range x.raw[c] {
			if strings.HasPrefix(window[i:], w.word) && (!w.whole || !wordGoesOn(window, i+len(w.word))) {
				has |= w.cue
				switch w.cue {
				case cueMonth:
					months++
				case cueWeekday:
					weekdays |= 1 << w.n
				}
			}
		}
	}
	if months >= 2 {
		has |= cueMonths
	}
	if bits.OnesCount8(weekdays) >= 2 {
		has |= cueWeekdays
	}
	var buf [512]byte
	folded := fold(buf[:0], window)
	for i := range folded {
		for _, w := range x.folded[folded[i]] {
			if len(folded)-i >= len(w.word) && string(folded[i:i+len(w.word)]) == w.word {
				has |= w.cue
			}
		}
	}
	return has
}

// figureCues returns the cues of what follows a figure, from text[i] on: another figure
// after a mark of a date in figures, an ordinal's letters, or the join of a span of days
// as dayRange and rangeDays spell it: (?:st|nd|rd|th)?\s*(-|–|to|and|until|through)\s*\d.
func figureCues(text string, i int) cue {
	var has cue
	rest := text[i:]
	if len(rest) >= 2 && isDigit(rest[1]) {
		switch rest[0] {
		case '-':
			has |= cueDigitDash | cueDigitMark
		case '/', '.':
			has |= cueDigitMark
		}
	}
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if r, ok := strings.CutPrefix(rest, suffix); ok {
			has |= cueOrdinalDay
			rest = r
			break
		}
	}
	rest = strings.TrimLeft(rest, " \t\n\f\r")
	for _, join := range []string{"-", "–", "to", "and", "until", "through"} {
		if r, ok := strings.CutPrefix(rest, join); ok {
			if r = strings.TrimLeft(r, " \t\n\f\r"); r != "" && isDigit(r[0]) {
				has |= cueDayToDay
			}
		}
	}
	return has
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordGoesOn reports a letter, digit or underscore at text[i]: a pattern's \b cannot
// stand there.
func wordGoesOn(text string, i int) bool { return i < len(text) && isRegexpWordByte(text[i]) }

// fold appends text to dst with its letters as a pattern that ignores case matches them
// against the lower-case letters of its words: ASCII letters lower-cased, and the two
// letters beyond ASCII that Go's case folding takes for ASCII ones, the long s (ſ) for s
// and the Kelvin sign (K) for k; and each space \s matches (tab, line feed, form feed,
// carriage return) as a space. Other bytes are copied: no cue word holds them.
func fold(dst []byte, text string) []byte {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '\t' || c == '\n' || c == '\f' || c == '\r':
			c = ' ' // the other spaces of \s
		case c < utf8.RuneSelf:
		case strings.HasPrefix(text[i:], "\u017f"):
			c, i = 's', i+len("\u017f")-1
		case strings.HasPrefix(text[i:], "\u212a"):
			c, i = 'k', i+len("\u212a")-1
		}
		dst = append(dst, c)
	}
	return dst
}

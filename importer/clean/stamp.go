package clean

import (
	"strings"
	"unicode"

	"hotline/importer/dates"
)

// stampMaxWords bounds a line taken for a timestamp, separators included.
const stampMaxWords = 14

// stampMaxOthers is how many words that are neither date nor time a timestamp line may
// carry before a full date: a place or a release number ("New Delhi April 4, 2020",
// "FA180 12 December 2001").
const stampMaxOthers = 3

// isTimestamp reports a line that only says when the page was published or updated:
// "Fri 15 Jul 2022 20.47 BST", "June 19, 2023 5:05 AM ET", "Nov. 16, 2021", "6 hrs ago",
// "LAST UPDATE: 20.30", "11:50 a.m.", "New Delhi April 4, 2020", or segments of such separated by dots
// or bars of which one may be a label ("Europe · February 10, 2026 · 3:07 PM UTC").
func (c *Cleaner) isTimestamp(s string) bool {
	if !hasDigit(s) && !c.p.stampWords[strings.ToLower(s)] {
		return false
	}
	if endsSentence(strings.TrimSuffix(s, ".")) && !c.p.clock.MatchString(s) {
		return false
	}
	// A spaced slash parts fields as a bar does ("June 10, 2025 / 8:39 AM / Updated 2 hours ago").
	segs := strings.FieldsFunc(strings.ReplaceAll(s, " / ", " | "), func(r rune) bool { return r == '·' || r == '•' || r == '|' })
	if len(segs) > 1 {
		stamps := 0
		for _, seg := range segs {
			if st := c.readStamp(seg); st.numbers > 0 && st.others == 0 {
				stamps++
			}
		}
		return stamps > 0 && stamps >= len(segs)-1
	}
	st := c.readStamp(s)
	switch {
	case st.numbers == 0:
		return false
	case st.others == 0:
		return st.named || st.relative || st.clock
	case st.fullDate() && st.clock && st.others == 1:
		return true // a full date and a clock time, then the edition or place: "Tuesday 10 June 2025 08:39, UK"
	default:
		return st.others <= stampMaxOthers && st.fullDate() && st.othersFirst
	}
}

// stamp is what readStamp found in a line.
type stamp struct {
	named       bool // a month or weekday name, "today"
	relative    bool // "ago"
	clock       bool // "11:50", "11 a.m."
	numbers     int  // days, years, clock times
	year        bool // a number of four digits
	others      int  // words that are none of these
	othersFirst bool // and they all come before the first date or time word
}

// fullDate reports a month name with a day or a year.
func (st stamp) fullDate() bool {
	return st.named && st.year && st.numbers >= 2
}

// readStamp sorts the words of s into date and time words and others.
func (c *Cleaner) readStamp(s string) stamp {
	st := stamp{othersFirst: true}
	seen := false // a date or time word has been read
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,:;()-–—")
		switch {
		case w == "":
			continue
		case isDateName(w):
			st.named = true
		case c.p.clock.MatchString(w):
			st.numbers++
			st.clock = true
		case isNumberWord(w):
			st.numbers++
			st.year = st.year || (len(w) == 4 && strings.Trim(w, "0123456789") == "")
		case c.p.stampWords[strings.ToLower(w)]:
			lw := strings.ToLower(w)
			st.relative = st.relative || lw == "ago"
			st.clock = st.clock || lw == "am" || lw == "pm" || lw == "a.m" || lw == "p.m"
			continue
		default:
			st.others++
			st.othersFirst = st.othersFirst && !seen
			continue
		}
		seen = true
	}
	return st
}

// isDateName reports a month or weekday name, or a day named relative to today.
func isDateName(w string) bool {
	if _, ok := dates.MonthNumber(w); ok || dates.IsWeekday(w) {
		return true
	}
	return strings.EqualFold(w, "today") || strings.EqualFold(w, "yesterday")
}

// hasDigit reports an ASCII digit in s: strings.ContainsAny(s, "0123456789") without
// building the set of bytes on every call.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isNumberWord reports digits, possibly with an ordinal suffix ("5th") or as a numeric
// date ("2025-07-06", "06/07/2025").
func isNumberWord(w string) bool {
	if w == "" || !unicode.IsDigit(rune(w[0])) {
		return false
	}
	w = strings.TrimRight(w, "stndrh")
	return strings.Trim(w, "0123456789/-") == ""
}

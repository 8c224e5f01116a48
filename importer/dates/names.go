package dates

import (
	"strings"
	"unicode/utf8"
)

// MonthNumber reads an English month name or abbreviation ("January", "Jan", "Sept", any
// case, without the dot) and returns 1..12.
func MonthNumber(s string) (int, bool) {
	var buf [wordBytes]byte
	switch string(lowered(s, buf[:])) {
	case "january", "jan":
		return 1, true
	case "february", "feb":
		return 2, true
	case "march", "mar":
		return 3, true
	case "april", "apr":
		return 4, true
	case "may":
		return 5, true
	case "june", "jun":
		return 6, true
	case "july", "jul":
		return 7, true
	case "august", "aug":
		return 8, true
	case "september", "sep", "sept":
		return 9, true
	case "october", "oct":
		return 10, true
	case "november", "nov":
		return 11, true
	case "december", "dec":
		return 12, true
	}
	return 0, false
}

// weekdayNumber reads an English weekday name or abbreviation and returns 0 (Sunday)..6.
func weekdayNumber(s string) (int, bool) {
	var buf [wordBytes]byte
	switch string(lowered(s, buf[:])) {
	case "sunday", "sun":
		return 0, true
	case "monday", "mon":
		return 1, true
	case "tuesday", "tue", "tues":
		return 2, true
	case "wednesday", "wed", "weds":
		return 3, true
	case "thursday", "thu", "thur", "thurs":
		return 4, true
	case "friday", "fri":
		return 5, true
	case "saturday", "sat":
		return 6, true
	}
	return 0, false
}

// IsWeekday reports an English weekday name or abbreviation ("Friday", "Fri", any case).
func IsWeekday(s string) bool {
	_, ok := weekdayNumber(s)
	return ok
}

// wordBytes is room for the longest word this package looks up by name ("fortnights").
const wordBytes = 16

// lowered returns s lower-cased as strings.ToLower does it, in buf when s is ASCII and fits
// there: a switch on string(lowered(s, buf)) then reads it without allocating. Find asks
// whether each word of a sentence is a month, a weekday or a word of time, and lowering
// into new strings was a third of what it spent outside its patterns.
func lowered(s string, buf []byte) []byte {
	if len(s) > len(buf) {
		return []byte(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(s)) // "İ" and the Kelvin sign lower to ASCII letters
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

package dates

import (
	"strconv"
	"strings"
	"time"
)

// shiftOf reads the modifier before a weekday or month, or the word before "year".
func shiftOf(s string) int {
	switch strings.ToLower(s) {
	case "last", "past":
		return -1
	case "next", "coming":
		return 1
	}
	return 0
}

// dayWord is the day offset of a word for a day.
func dayWord(s string) int {
	switch s {
	case "the day before yesterday":
		return -2
	case "yesterday", "last night", "last evening", "overnight":
		return -1 // a night is named by the evening it begins on, as "Monday night" is Monday's
	case "tomorrow":
		return 1
	case "the day after tomorrow":
		return 2
	}
	return 0 // today, tonight, this morning
}

// unitOf reads "day(s)", "week(s)", "weekend", "month(s)"; a fortnight is counted in
// days (fortnightDays).
func unitOf(s string) Unit {
	switch s = strings.ToLower(s); {
	case strings.HasPrefix(s, "day"), strings.HasPrefix(s, "fortnight"):
		return Days
	case strings.HasPrefix(s, "week"):
		return Weeks
	}
	return Months
}

// daysOf is how many days one of a count's unit word holds: a fortnight 14, a day 1 (a
// week's seven are counted where weeks are).
func daysOf(s string) int {
	if strings.HasPrefix(strings.ToLower(s), "fortnight") {
		return 14
	}
	return 1
}

// numberWord reads a small count written in words or digits. "several" and "a few" are
// not a number: they stay unresolved.
func numberWord(s string) (int, bool) {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	s = strings.ToLower(s)
	if s == "a" || s == "an" {
		return 1, true
	}
	for i, w := range words {
		if s == w {
			return i, true
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// ordinalNumber reads "first" to "fifth" (the ordinals tripDay matches), or 0.
func ordinalNumber(s string) int {
	for i, w := range []string{"first", "second", "third", "fourth", "fifth"} {
		if strings.EqualFold(s, w) {
			return i + 1
		}
	}
	return 0
}

// validDay reports whether day exists in month (in year, or in a leap year when the year
// is not known, so that "Feb. 29" without a year is kept).
func validDay(year int, month time.Month, day int) bool {
	if month < time.January || month > time.December || day < 1 {
		return false
	}
	if year == 0 {
		year = 2024
	}
	return day <= time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

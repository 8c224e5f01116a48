package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// windowReach is how far, in bytes, a date expression can reach from its trigger word:
// "the day after tomorrow" and "21st of January 2022" are the longest.
const windowReach = 40

// window is a stretch of text around one or more trigger words, reaching windowReach
// bytes beyond the first and the last, so that every expression containing one of its
// triggers lies wholly inside it.
type window struct{ lo, hi int }

// windows returns the stretches of text around the words every date expression contains
// (a month or weekday name, a four-digit number, "yesterday", "week", "ago"...), merged
// when they touch and cut at spaces. Find runs its patterns only there: Go's regexp costs grow with the length of
// the text searched and with each match in it, and news text is mostly not dates.
func windows(text string) []window {
	var wins []window
	for start := 0; start < len(text); {
		end := wordEnd(text, start)
		if end == start {
			_, size := utf8.DecodeRuneInString(text[start:])
			start += size
			continue
		}
		if isTrigger(text[start:end]) {
			lo, hi := spaceBefore(text, start-windowReach), spaceAfter(text, end+windowReach)
			if n := len(wins); n > 0 && lo <= wins[n-1].hi {
				wins[n-1].hi = hi
			} else {
				wins = append(wins, window{lo, hi})
			}
		}
		start = end
	}
	return wins
}

// wordEnd returns the end of the run of letters and digits that starts at text[i], or i
// when none does. ASCII, nearly all of news text, is told byte by byte without decoding.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !isWordByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += size
	}
	return i
}

// isTrigger reports a word without which no pattern of Find can match.
func isTrigger(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(first) {
		if _, ok := MonthNumber(w); ok {
			return true
		}
		if _, ok := weekdayNumber(w); ok {
			return true // "Tuesday", and "Tues", "Wed" of the short forms (weekday_abbr_scan.go)
		}
	}
	if len(w) == 4 && allDigits(w) || len(w) == 5 && allDigits(w[:4]) && w[4] == 's' {
		return true // a year, a decade: "1990s"
	}
	if n := len(w); n >= 3 && n <= 4 && allDigits(w[:n-2]) && strings.Contains("st nd rd th", w[n-2:]) {
		return true // "the 3rd"
	}
	var buf [wordBytes]byte
	switch string(lowered(w, buf[:])) {
	case "yesterday", "today", "tonight", "tomorrow", "overnight", "night", "morning", "afternoon", "evening", "week", "weeks", "hours", "weekend", "month", "year", "ago", "day", "days", "eve", "fortnight", "fortnights",
		"spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

// spaceBefore moves i back to the start of text or to just after a space, so that a
// window never starts inside a word.
func spaceBefore(text string, i int) int {
	if i <= 0 {
		return 0
	}
	if k := strings.LastIndexAny(text[:i], " \n\t"); k >= 0 {
		return k + 1
	}
	return 0
}

// spaceAfter moves i forward to the end of text or to a space.
func spaceAfter(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	if k := strings.IndexAny(text[i:], " \n\t"); k >= 0 {
		return i + k
	}
	return len(text)
}

package dates

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// looseFields is how many words a timestamp may have for parseLoose to look inside it:
// "Updated 10:32 AM EST, Tue March 12, 2024" has 8; a sentence that happens to hold a
// date is no timestamp.
const looseFields = 12

// parseLoose finds the calendar date inside a timestamp that no layout fits, the way
// pages and exports print them: "March 12, 2024 5:05 AM ET", "Tuesday 12 March 2024
// 10.32 GMT", "Updated 10:32 AM EST, Tue March 12, 2024", "12 Mar 2024, 10:32 IST",
// "13/03/2024", "2024-03-12T10:32", "10/06/2025 08:39 BST" (figureOrder). A month name needs a day next to it and a year near
// it; figures need the year in full and a day that cannot be the month ("4/3/2024" gives
// nothing). The first date wins: "Published March 12, 2024 Updated March 13, 2024" is
// the 12th.
func parseLoose(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '(' || r == ')' || r == ';'
	})
	if len(words) > looseFields {
		return ""
	}
	order := figureOrder(words)
	for i, w := range words {
		if d := figuresDate(w, order); d != "" {
			return d
		}
		if d := joinedMonthDate(w); d != "" {
			return d
		}
		if d := cjkDate(w); d != "" {
			return d
		}
		m, ok := MonthNumber(strings.TrimSuffix(w, "."))
		if !ok || (len(w) < 3) {
			continue
		}
		day := 0
		for _, j := range []int{i + 1, i - 1} { // "March 12", "12 March"
			if j >= 0 && j < len(words) {
				if n := atoi(stripOrdinal(strings.TrimSuffix(words[j], "."))); n >= 1 && n <= 31 && len(strings.TrimSuffix(words[j], ".")) <= 4 {
					day = n
					break
				}
			}
		}
		year := 0
		for j := i + 1; j < len(words) && j <= i+3; j++ {
			if y := atoi(words[j]); len(words[j]) == 4 && y >= 1900 && y <= 2100 {
				year = y
				break
			}
		}
		if day > 0 && year > 0 && validDay(year, time.Month(m), day) {
			return fmt.Sprintf("%04d-%02d-%02d", year, m, day)
		}
	}
	return ""
}

// figuresDate reads a date in figures at the start of a word: "2024-03-12" (also before
// "T10:32"), "2024/3/12", and "13/03/2024", "3/13/2024" when the day cannot be the month;
// with dots ("4.12.2024", the German, Russian and Scandinavian way) the day comes first,
// and so it does, or the month, when the stamp's time zone tells the site's way (order).
func figuresDate(w string, order figures) string {
	if t, _, _ := strings.Cut(w, "T"); len(t) >= 8 && len(t) <= 10 {
		w = t
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) != 3 {
		return ""
	}
	for _, p := range parts {
		if !allDigits(p) {
			return ""
		}
	}
	a, b, c := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	var year, month, day int
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		year, month, day = a, b, c
	case len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		year = c
		switch {
		case a > 12 || a == b:
			day, month = a, b
		case b > 12:
			day, month = b, a
		case strings.Contains(w, "."), order == dayFirst:
			day, month = a, b // "4.12.2026": a date with dots puts the day first
		case order == monthFirst:
			day, month = b, a
		default:
			return "" // "4/3/2024": April or March
		}
	default:
		return ""
	}
	return isoDay(year, month, day)
}

// joinedMonthDate reads a day, a month name and a year joined by hyphens or slashes, as
// server logs and Indian and British pages print them: "12/Mar/2024:10:31:00",
// "12-Mar-24" (a two-digit year is of 1970-2069).
func joinedMonthDate(w string) string {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) != 3 {
		return ""
	}
	parts[2], _, _ = strings.Cut(parts[2], ":") // "04/Dec/2026:10:31:00", a server log's way
	m, ok := MonthNumber(strings.TrimSuffix(parts[1], "."))
	if !ok || len(parts[1]) < 3 || len(parts[0]) > 2 || !allDigits(parts[0]) || !allDigits(parts[2]) {
		return ""
	}
	day, year := atoi(parts[0]), atoi(parts[2])
	switch len(parts[2]) {
	case 2:
		year += 2000
		if year >= 2070 {
			year -= 100
		}
	case 4:
	default:
		return ""
	}
	return isoDay(year, m, day)
}

// cjkDate reads a date written with the Chinese and Japanese year, month and day signs,
// as Chinese and Japanese pages print their publication date: "2024年3月12日".
func cjkDate(w string) string {
	y, rest, ok := strings.Cut(w, "年")
	if !ok {
		return ""
	}
	mo, rest, ok := strings.Cut(rest, "月")
	if !ok {
		return ""
	}
	d, _, ok := strings.Cut(rest, "日")
	if !ok || len(y) != 4 || mo == "" || d == "" || len(mo) > 2 || len(d) > 2 {
		return ""
	}
	if !allDigits(y) || !allDigits(mo) || !allDigits(d) {
		return ""
	}
	year, month, day := atoi(y), atoi(mo), atoi(d)
	return isoDay(year, month, day)
}

// isoDay formats a day of a year between 1900 and 2100 as YYYY-MM-DD, or "" when the day
// does not exist.
func isoDay(year, month, day int) string {
	if year < 1900 || year > 2100 || !validDay(year, time.Month(month), day) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// allDigits reports a non-empty string of figures.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

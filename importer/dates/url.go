package dates

import (
	"fmt"
	"strings"
	"time"
)

// FromURL reads the publication date a news site writes into its article addresses
// (YYYY-MM-DD, or "" when the address holds none): a year, month and day as path segments
// ("/2026/12/04/", "/2026/dec/04/", "/2026/1204/"), or at the start or end of a segment's
// words ("/2026-12-04-slug", "/slug-2026-12-04/", "/20261204/"). The host is not read,
// and a date in the query string is no publication date.
func FromURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		j := strings.IndexByte(u, '/')
		if j < 0 {
			return ""
		}
		u = u[j:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	segs := strings.Split(u, "/")
	for i := 0; i+1 < len(segs); i++ {
		y, ok := pathYear(segs[i])
		if !ok {
			continue
		}
		if m, d, ok := monthDayOf(segs[i+1]); ok { // "/2026/1204/"
			if s := dayString(y, m, d); s != "" {
				return s
			}
		}
		if i+2 < len(segs) {
			if s := dayString(y, urlMonth(segs[i+1]), urlDay(segs[i+2])); s != "" {
				return s
			}
		}
	}
	for _, seg := range segs {
		words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
		for j, w := range words {
			if y, ok := pathYear(w); ok && j+2 < len(words) && len(words[j+1]) == 2 && len(words[j+2]) == 2 {
				if s := dayString(y, urlMonth(words[j+1]), urlDay(words[j+2])); s != "" {
					return s
				}
			}
			if len(w) == 8 && allDigits(w) && (j == 0 || j == len(words)-1 || len(words) == 1) {
				if y, ok := urlYear(w[:4]); ok {
					if s := dayString(y, urlMonth(w[4:6]), urlDay(w[6:])); s != "" {
						return s
					}
				}
			}
		}
	}
	return ""
}

// urlYear reads a four-digit year of the web era as eight figures open it ("/20261204/"):
// before 1990 such a run is more often an identifier than a day.
func urlYear(s string) (int, bool) {
	y, ok := pathYear(s)
	return y, ok && y >= 1990
}

// pathYear reads a four-digit year that a month and a day follow as path segments or
// words ("/1987/03/02/", "-1987-03-02"): archives address the stories of papers back to
// the nineteenth century by their day ("/1987/03/02/world/...").
func pathYear(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	y := atoi(s)
	return y, y >= 1851 && y <= 2100
}

// urlMonth reads a month in figures ("12", "2") or as a name ("dec", "december"); 0 when
// s is neither.
func urlMonth(s string) time.Month {
	if allDigits(s) && len(s) <= 2 {
		return time.Month(atoi(s))
	}
	m, _ := MonthNumber(s)
	return time.Month(m)
}

// urlDay reads a day in one or two figures; 0 otherwise.
func urlDay(s string) int {
	if !allDigits(s) || len(s) > 2 {
		return 0
	}
	return atoi(s)
}

// monthDayOf reads a month and day written together in four figures ("1204").
func monthDayOf(s string) (time.Month, int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, 0, false
	}
	return time.Month(atoi(s[:2])), atoi(s[2:]), true
}

// dayString writes a calendar day as YYYY-MM-DD, or "" when it does not exist.
func dayString(y int, m time.Month, d int) string {
	if m < time.January || m > time.December || !validDay(y, m, d) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
}

package dates

import (
	"strconv"
	"strings"
	"time"
)

// isoDate is the layout of every date this package returns.
const isoDate = "2006-01-02"

// Parse turns a publication date as a scraper or a metadata line writes it into YYYY-MM-DD.
// It returns "" when it cannot tell the date: a wrong date is worse than none, because it
// would resolve every "on Tuesday" of the article to the wrong day.
//
// Timestamps keep the calendar date they were written with (the date part of
// "2022-02-01T23:30:00-05:00" is 2022-02-01): that is the day the newsroom published on.
func Parse(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d, ok := parseUnix(s); ok {
		return d
	}
	norm := normalizeWords(s)
	for _, layout := range layouts() {
		if t, err := time.Parse(layout, norm); err == nil {
			return t.Format(isoDate)
		}
	}
	return parseLoose(norm)
}

// layouts lists the shapes publication dates come in, most common first.
func layouts() []string {
	return []string{
		"2006-01-02",
		time.RFC3339Nano,
		time.RFC3339,
		"2006-01-02T15:04:05",
		"2006-01-02T15:04:05.999999999",
		"2006-01-02T15:04",
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04:05.999999999",
		"2006-01-02 15:04",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05 -0700 MST",
		"2006-01-02 15:04:05 MST",
		"2006-01-02 15:04:05Z07:00",
		"2006/01/02",
		"2006/01/02 15:04:05",
		"2006.01.02",
		"20060102",
		"20060102150405",
		"20060102T150405Z0700",
		"20060102T150405",
		time.RFC1123,
		time.RFC1123Z,
		time.RFC822,
		time.RFC822Z,
		time.RFC850,
		time.ANSIC,
		time.UnixDate,
		"Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04:05",
		"Mon, 2 Jan 2006",
		"Mon, 02 Jan 2006",
		"Mon Jan 2 2006",
		"Monday, January 2, 2006",
		"Monday, 2 January 2006",
		"Monday January 2, 2006",
		"Jan 2, 2006",
		"Jan 2 2006",
		"January 2, 2006",
		"January 2 2006",
		"Jan 2, 2006 15:04",
		"January 2, 2006 15:04",
		"Jan 2, 2006 3:04 PM",
		"January 2, 2006 3:04 PM",
		"Jan 2, 2006 3:04PM",
		"January 2, 2006 3:04PM",
		"2 Jan 2006",
		"2 January 2006",
		"2 Jan, 2006",
		"2 January, 2006",
		"2 January 2006 15:04",
		"02-Jan-2006",
		"2-Jan-2006",
	}
}

// parseUnix reads a Unix timestamp in seconds, milliseconds or microseconds, also with a
// fraction ("1643709600.25", as a JSON float or Python's time.time() writes it). Short
// numbers are not timestamps (a year or a page number), so only 9 to 10 digits of seconds,
// 13 of milliseconds and 16 of microseconds count.
func parseUnix(s string) (string, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if strings.Trim(frac, "0123456789") != "" {
		return "", false
	}
	n, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || n <= 0 {
		return "", false
	}
	switch len(whole) {
	case 9, 10:
		return time.Unix(n, 0).UTC().Format(isoDate), true
	case 13:
		return time.UnixMilli(n).UTC().Format(isoDate), true
	case 16:
		return time.UnixMicro(n).UTC().Format(isoDate), true
	}
	return "", false
}

// normalizeWords rewrites the spellings time.Parse does not know into ones it does:
// "Feb. 1st" -> "Feb 1", "Sept" -> "Sep", "1 february" -> "1 February", collapsed spaces.
func normalizeWords(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		fields[i] = normalizeWord(f)
	}
	return strings.Join(fields, " ")
}

// normalizeWord fixes one word of a date: month and weekday names get their canonical
// spelling, ordinal suffixes go, and the dot after an abbreviation goes.
func normalizeWord(f string) string {
	trail := ""
	if strings.HasSuffix(f, ",") {
		f, trail = f[:len(f)-1], ","
	}
	core := strings.TrimSuffix(f, ".")
	if m, ok := MonthNumber(core); ok {
		if len(core) > 3 && !strings.EqualFold(core, "sept") {
			return time.Month(m).String() + trail
		}
		return time.Month(m).String()[:3] + trail
	}
	if w, ok := weekdayNumber(core); ok {
		if len(core) > 3 {
			return time.Weekday(w).String() + trail
		}
		return time.Weekday(w).String()[:3] + trail
	}
	if d := stripOrdinal(core); d != core {
		return d + trail
	}
	return f + trail
}

// stripOrdinal turns "1st", "22nd", "3rd", "4th" into the bare number.
func stripOrdinal(s string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		num, ok := strings.CutSuffix(strings.ToLower(s), suf)
		if ok && num != "" && len(num) <= 2 && strings.Trim(num, "0123456789") == "" {
			return num
		}
	}
	return s
}

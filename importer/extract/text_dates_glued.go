package extract

import (
	"strings"
	"unicode"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
)

// gluedDate reads a page's date stamp that a scraper glued to the first words of the body
// on one line, which lineDate passes over as too long: a stamp label before a full date
// ("Published 3 Dec 2026 The minister said ..."), or a full date, with a time after it,
// before a wire dateline's place in capitals ("December 3, 2026 WASHINGTON — ...",
// "03.12.2026 | 14:05 MOSCOW, ..."). A line that merely opens with a date ("December 3,
// 2026 was the day ...") is the story's sentence, not a stamp. update reports a stamp
// whose label dates a revision ("Updated 4 Dec 2026 ..."), which stands in only when
// nothing else dates the page.
func (x *Extractor) gluedDate(l string) (day string, update bool) {
	rest := strings.TrimSpace(l)
	labelled := false
	for {
		w, after, _ := strings.Cut(rest, " ")
		low := strings.ToLower(strings.TrimRight(w, ":"))
		if !x.gaz.In(lexicon.StampLabel, low) {
			break
		}
		labelled, update = true, update || isUpdateLine(low)
		rest = strings.TrimLeft(strings.TrimSpace(after), ":")
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, "on "), "at "))
	}
	day, end := x.leadingDate(rest)
	if day == "" {
		return "", false
	}
	if labelled || placeInCapitals(skipTime(rest[end:])) {
		return day, update
	}
	return "", false
}

// leadingDate returns the full date (a day of a month with its year, or figures such as
// "03.12.2026") that s opens with, and the byte offset after it; "" when s opens otherwise.
func (x *Extractor) leadingDate(s string) (string, int) {
	if found := x.dates.Find(leadingWords(s, leadingDateWords)); len(found) > 0 { // the first date only
		e := found[0]
		opens := e.Start == 0 || dates.IsWeekday(strings.Trim(s[:e.Start], " ,.")) // "Wednesday, December 3, 2026"
		if opens && e.Kind == dates.Absolute && e.Year > 0 && e.Day > 0 {
			if d := dates.Resolve(e, "", dates.Past); d != "" {
				return d, e.End
			}
		}
	}
	first, _, _ := strings.Cut(s, " ")
	if strings.ContainsAny(first, "0123456789") {
		if d := dates.Parse(first); d != "" {
			return d, len(first)
		}
	}
	return "", 0
}

// skipTime drops the separators and the time of day a stamp prints after its date:
// "| 14:05", ", 10:31 AM ET", "- 10.32 GMT".
func skipTime(s string) string {
	f := strings.Fields(s)
	timed, zoned := false, false
	for len(f) > 0 {
		w := strings.Trim(f[0], ",|-–—•")
		low := strings.ToLower(w)
		switch {
		case w == "":
		case strings.ContainsAny(w, "0123456789") && strings.ContainsAny(w, ":."):
			timed = true
		case timed && (low == "am" || low == "pm" || low == "a.m." || low == "p.m."):
		case timed && !zoned && len(w) <= 4 && strings.ToUpper(w) == w && !placeInCapitals(strings.Join(f, " ")):
			zoned = true // "ET", "GMT", "CET" after the time; not "ROME, ..."
		default:
			return strings.Join(f, " ")
		}
		f = f[1:]
	}
	return ""
}

// placeInCapitals reports text that opens with a wire dateline's place, in capitals and
// set off by a comma, a colon, an agency in brackets or a dash ("WASHINGTON — ...",
// "MOSCOW, ...", "NEW DELHI: ...", "MOSCOW (Reuters) - ..."), or capitalised and set off
// by a dash ("Washington — ...").
func placeInCapitals(s string) bool {
	f := strings.Fields(s)
	caps := true
	for i, w := range f {
		if i >= 3 {
			return false
		}
		if strings.Trim(w, "-–—") == "" || i > 0 && caps && strings.HasPrefix(w, "(") && strings.HasSuffix(strings.TrimRight(w, "-–—"), ")") {
			return i > 0
		}
		core := strings.TrimRight(w, ",:")
		if len(core) < 2 || strings.IndexFunc(core, unicode.IsLetter) < 0 || !unicode.IsUpper([]rune(core)[0]) {
			return false
		}
		caps = caps && strings.ToUpper(core) == core
		if caps && core != w {
			return true
		}
	}
	return false
}

// leadingDateWords is the most words a date that opens a line takes, with its weekday:
// "Wednesday, 3rd of December, 2026". leadingDate reads no further, because the date
// finder's cost grows with the text it is given and a glued stamp's line is a paragraph.
const leadingDateWords = 6

// leadingWords is s up to the end of its nth word (all of s when it has fewer).
func leadingWords(s string, n int) string {
	in := false
	for i, r := range s {
		switch space := unicode.IsSpace(r); {
		case space && in:
			if n--; n == 0 {
				return s[:i]
			}
			in = false
		case !space:
			in = true
		}
	}
	return s
}

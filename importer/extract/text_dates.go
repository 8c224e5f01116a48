package extract

import (
	"cmp"
	"strings"
	"unicode"

	"hotline/importer/dates"
)

// dateExpr is a date expression of importer/dates placed on the article's tokens.
type dateExpr struct {
	from, to int // tokens
	text     string
	e        dates.Expr
	// after marks an anaphoric span counted from the day told right after it ("a day
	// before the vote on Sunday"), not from the day told before it.
	after bool
	// zoned marks a date told with its time zone ("Monday Beijing time"): a held
	// weekday may be the day after publication (text_dates_zone.go).
	zoned bool
}

// sentenceDates finds the date expressions of one sentence with importer/dates, once, and
// maps their rune offsets to tokens. Only sentences that report a contact are searched:
// date patterns are the costliest part of extraction.
func (s *scan) sentenceDates(si int) []dateExpr {
	if d, ok := s.dates[si]; ok {
		return d
	}
	out := s.placeDates(si, func(e dates.Expr) bool {
		return e.Kind != dates.YearOnly // a year alone dates no contact and ends no story's day: yearTexts reads it
	})
	s.dates[si] = out
	return out
}

// placeDates finds the date expressions of sentence si that keep accepts and places them
// on the sentence's tokens.
func (s *scan) placeDates(si int, keep func(dates.Expr) bool) []dateExpr {
	se := s.sents[si]
	var out []dateExpr
	k := se.from
	for _, e := range s.finder.Find(string(s.rs[se.start:se.end])) {
		if !keep(e) {
			continue
		}
		e.RuneStart, e.RuneEnd = e.RuneStart+se.start, e.RuneEnd+se.start
		for k < len(s.toks) && s.toks[k].End <= e.RuneStart {
			k++
		}
		from := k
		to := from
		for to < len(s.toks) && s.toks[to].Start < e.RuneEnd {
			to++
		}
		if to > from {
			if e.Kind == dates.Absolute {
				from, to = s.toldWeekday(from, to, se.from)
			}
			out = append(out, dateExpr{from: from, to: to, text: e.Text, e: e, zoned: s.zoneAfter(to)})
		}
	}
	return out
}

// findDates returns the date expressions among tokens [from, to).
func (s *scan) findDates(from, to int) []dateExpr {
	var out []dateExpr
	if from >= to {
		return nil
	}
	for _, d := range s.sentenceDates(s.toks[from].Sent) {
		if d.from >= from && d.to <= to {
			out = append(out, d)
		}
	}
	return out
}

// resolve turns a date expression into YYYY-MM-DD or YYYY-MM against the publication
// date, in the tense of the contact (importer/dates.Resolve).
func (d dateExpr) resolve(published string, dir dates.Direction) string {
	return dates.Resolve(d.e, zoneDay(d, published, dir), dir)
}

// Publication infers a publication date (YYYY-MM-DD) from a short line near the top of an
// article body that holds a full date ("June 19, 2023 5:05 AM ET", "Published On 5 Nov
// 2023", "Last updated: 12 June 2018", "2023-06-19T05:05:00Z", "19/06/2023"), or from a
// wire dateline that gives the year ("VIENNA, June 19, 2023 (Reuters) - ..."); "" when
// there is none. A line that says the page was updated or modified stands in only when no
// other line dates it: the story's "on Tuesday" is told from when it was first published.
// The importer may call it on the raw body, before cleaning strips such lines, when the
// source gave no date; Extract calls it on the cleaned text when Input.Published is empty.
func (x *Extractor) Publication(body string) string {
	lines := strings.Split(body, "\n")
	seen := 0
	updated := ""
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if seen++; seen > 6 {
			break
		}
		if d := x.lineDate(datelineOf(l)); d != "" {
			return d
		}
		if d, update := x.gluedDate(l); d != "" && !update {
			return d
		} else if d != "" {
			updated = cmp.Or(updated, d)
		}
		for _, part := range lineParts(l) {
			d := x.lineDate(part)
			switch {
			case d == "":
			case isUpdateLine(part):
				updated = cmp.Or(updated, d)
			default:
				return d
			}
		}
	}
	return updated
}

// lineParts cuts a line of page furniture into the fields a page joins with bars, bullets
// or spaced slashes ("By Jane Doe | Published Dec. 4, 2026 10:31 AM ET | Updated 2 hours
// ago"), so that each is read as the short line it is.
func lineParts(l string) []string {
	parts := []string{l}
	for _, sep := range []string{"|", " • ", " · ", " / "} {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// lineDate reads the full date of a short line: a day of a month with its year, or a
// timestamp (importer/dates.Parse).
func (x *Extractor) lineDate(l string) string {
	if len(strings.Fields(l)) > 10 {
		return ""
	}
	for _, e := range x.dates.Find(l) {
		if e.Kind == dates.Absolute && e.Year > 0 {
			if d := dates.Resolve(e, "", dates.Past); d != "" {
				return d
			}
		}
	}
	return dates.Parse(l)
}

// datelineOf returns the dateline that opens a wire story's paragraph, the few words
// before its dash ("VIENNA, June 19, 2023 (Reuters)" of "VIENNA, June 19, 2023 (Reuters) -
// ..."), or "" when the paragraph opens with none. A dateline starts with its place in
// capitals or ends with the agency in brackets; a sentence with a dash does neither.
func datelineOf(l string) string {
	if head := slashedAgencyHead(l); head != "" {
		return head
	}
	for _, dash := range []string{" - ", " -- ", " — ", " – ", "—"} {
		i := strings.Index(l, dash)
		if i <= 0 || i > 80 {
			continue
		}
		head := strings.TrimSpace(l[:i])
		words := strings.Fields(head)
		if len(words) > 8 {
			return ""
		}
		place := strings.TrimRight(words[0], ",")
		if strings.HasSuffix(head, ")") || len(place) > 1 && strings.ToUpper(place) == place && strings.ToLower(place) != place {
			return head
		}
		if strings.HasSuffix(words[0], ",") && unicode.IsUpper([]rune(place)[0]) && yearAtEnd(head) {
			return head // "Rome, December 4, 2026 — ...": a place and a full date
		}
		return ""
	}
	return ""
}

// slashedAgencyHead returns the place and date before an agency's name set between
// slashes, the dateline of TASS and the agencies that copy its style ("MOSCOW, March 12,
// 2024. /TASS/. ..." -> "MOSCOW, March 12, 2024"), or "": such a dateline has no dash, and
// its year is the publication's when the page prints no other date.
func slashedAgencyHead(l string) string {
	i := strings.Index(l, ". /")
	if i <= 0 || i > 60 {
		return ""
	}
	agency, _, ok := strings.Cut(l[i+3:], "/")
	if !ok || agency == "" || len(agency) > 12 || strings.ToUpper(agency) != agency || strings.ContainsAny(agency, " 0123456789") {
		return ""
	}
	head := l[:i]
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 8 {
		return ""
	}
	place := strings.TrimRight(words[0], ",")
	if len(place) < 2 || strings.ToUpper(place) != place || strings.ToLower(place) == place {
		return ""
	}
	return head
}

// isUpdateLine reports a line that dates a revision of the page, not its publication:
// "Updated 10:32 AM EST, Tue March 12, 2024", "Last modified on Wed 13 Mar 2024".
func isUpdateLine(l string) bool {
	low := strings.ToLower(l)
	if strings.Contains(low, "published") || strings.Contains(low, "posted") {
		return false // "Published March 12, 2024 Updated March 13, 2024": the first date is the publication
	}
	return strings.Contains(low, "updated") || strings.Contains(low, "modified") || strings.Contains(low, "edited")
}

// yearAtEnd reports a head that ends with a four-digit year: "Rome, December 4, 2026".
func yearAtEnd(head string) bool {
	f := strings.Fields(head)
	y := f[len(f)-1]
	return len(y) == 4 && strings.Trim(y, "0123456789") == ""
}

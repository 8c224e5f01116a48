package extract

import (
	"strings"

	"hotline/importer/dates"
)

// dateExpr is a date expression of importer/dates placed on the article's tokens.
type dateExpr struct {
	from, to int // tokens
	text     string
	e        dates.Expr
}

// sentenceDates finds the date expressions of one sentence with importer/dates, once, and
// maps their rune offsets to tokens. Only sentences that report a contact are searched:
// date patterns are the costliest part of extraction.
func (s *scan) sentenceDates(si int) []dateExpr {
	if d, ok := s.dates[si]; ok {
		return d
	}
	se := s.sents[si]
	var out []dateExpr
	k := se.from
	for _, e := range s.finder.Find(string(s.rs[se.start:se.end])) {
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
			out = append(out, dateExpr{from: from, to: to, text: e.Text, e: e})
		}
	}
	s.dates[si] = out
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
	return dates.Resolve(d.e, published, dir)
}

// Publication infers a publication date (YYYY-MM-DD) from a short line near the top of an
// article body that holds a full date ("June 19, 2023 5:05 AM ET", "Published On 5 Nov
// 2023", "Last updated: 12 June 2018"); "" when there is none. The importer may call it on
// the raw body, before cleaning strips such lines, when the source gave no date; Extract
// calls it on the cleaned text when Input.Published is empty.
func (x *Extractor) Publication(body string) string {
	lines := strings.Split(body, "\n")
	seen := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if seen++; seen > 6 {
			break
		}
		if len(strings.Fields(l)) > 10 {
			continue
		}
		for _, e := range x.dates.Find(l) {
			if e.Kind == dates.Absolute && e.Year > 0 {
				return dates.Resolve(e, "", dates.Past)
			}
		}
	}
	return ""
}

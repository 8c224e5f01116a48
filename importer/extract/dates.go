package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateExpr is a date expression in the text: a weekday, a month and day, a month, or
// today/yesterday/tomorrow, with the words that gave it.
type dateExpr struct {
	from, to   int // tokens
	text       string
	weekday    int // 0-6, or -1
	month, day int // 0 when absent
	year       int
	rel        int  // days from publication for today/yesterday/tomorrow
	relative   bool // today, yesterday, tomorrow
	last, next bool // "last Monday", "next Monday"
}

// findDates returns the date expressions among tokens [from, to).
func (s *scan) findDates(from, to int) []dateExpr {
	var out []dateExpr
	for i := from; i < to; i++ {
		t := s.toks[i]
		if t.kind != tWord {
			continue
		}
		d := dateExpr{from: i, to: i + 1, weekday: -1}
		low := t.low
		for _, p := range []string{"mid-", "early-", "late-"} {
			low = strings.TrimPrefix(low, p)
		}
		switch {
		case weekday(t.low) >= 0 && t.cap:
			d.weekday = weekday(t.low)
		case t.low == "today" || t.low == "tonight":
			d.relative = true
		case t.low == "yesterday":
			d.relative, d.rel = true, -1
		case t.low == "tomorrow":
			d.relative, d.rel = true, 1
		case isMonth(low) > 0 && t.cap || isMonth(low) > 0 && low != t.low:
			d.month = isMonth(low)
			d.to = s.dayYear(&d, i+1, to)
			if low == "may" && d.day == 0 && !s.monthContext(i) {
				continue
			}
		case isDayNumber(t.low) && i+1 < to && isMonth(s.toks[i+1].low) > 0 && s.toks[i+1].cap:
			d.day, _ = strconv.Atoi(t.low)
			d.month = isMonth(s.toks[i+1].low)
			d.to = s.dayYear(&dateExpr{}, i+2, to)
			if y, ok := s.year(d.to - 1); ok && d.to > i+2 {
				d.year = y
			} else {
				d.to = i + 2
			}
		default:
			if y, m, dd, ok := isoDate(t.text); ok {
				d.year, d.month, d.day = y, m, dd
				break
			}
			continue
		}
		if i > from && (s.toks[i-1].low == "last" || s.toks[i-1].low == "next") && d.weekday >= 0 {
			d.last, d.next = s.toks[i-1].low == "last", s.toks[i-1].low == "next"
		}
		d.text = s.text(d.from, d.to)
		out = append(out, d)
		i = d.to - 1
	}
	return out
}

// dayYear reads an optional day and year after a month word at token i.
func (s *scan) dayYear(d *dateExpr, i, to int) int {
	if i < to && isDayNumber(strings.TrimRight(s.toks[i].low, "stndrh")) {
		d.day, _ = strconv.Atoi(strings.TrimRight(s.toks[i].low, "stndrh"))
		i++
		if i+1 < to && s.toks[i].text == "," {
			if y, ok := s.year(i + 1); ok {
				d.year = y
				return i + 2
			}
		}
	}
	if y, ok := s.year(i); ok && i < to {
		d.year = y
		return i + 1
	}
	return i
}

func (s *scan) year(i int) (int, bool) {
	if i >= len(s.toks) || len(s.toks[i].text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s.toks[i].text)
	return y, err == nil && y > 1900 && y < 2100
}

// monthContext tells "in May" from the modal "may".
func (s *scan) monthContext(i int) bool {
	return i > 0 && (s.toks[i-1].low == "in" || s.toks[i-1].low == "since" || s.toks[i-1].low == "early" || s.toks[i-1].low == "late")
}

func isDayNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && len(w) <= 2
}

func isoDate(w string) (int, int, int, bool) {
	t, err := time.Parse("2006-01-02", w)
	if err != nil {
		return 0, 0, 0, false
	}
	return t.Year(), int(t.Month()), t.Day(), true
}

// resolve turns a date expression into YYYY-MM-DD or YYYY-MM against the publication
// date: a weekday is the last such day on or before publication for what took place, the
// next on or after it for what is to come; "Jan. 21" and "January" take the year of
// publication (the year before when that would put a past event in the future).
func (d dateExpr) resolve(published string, future bool) string {
	pub, err := time.Parse("2006-01-02", published)
	if d.year > 0 && d.month > 0 {
		if d.day > 0 {
			return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
		}
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	}
	if err != nil {
		return ""
	}
	switch {
	case d.relative:
		return pub.AddDate(0, 0, d.rel).Format("2006-01-02")
	case d.weekday >= 0:
		pw := int(pub.Weekday())
		delta := -((pw - d.weekday + 7) % 7)
		if future || d.next {
			delta = (d.weekday - pw + 7) % 7
			if d.next && delta == 0 {
				delta = 7
			}
		} else if d.last && delta == 0 {
			delta = -7
		}
		return pub.AddDate(0, 0, delta).Format("2006-01-02")
	case d.month > 0:
		y := pub.Year()
		if !future && d.month > int(pub.Month()) {
			y--
		}
		if d.day > 0 {
			return fmt.Sprintf("%04d-%02d-%02d", y, d.month, d.day)
		}
		return fmt.Sprintf("%04d-%02d", y, d.month)
	}
	return ""
}

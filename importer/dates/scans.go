package dates

import (
	"regexp"
	"strings"
	"time"
)

// days returns a scan for the pattern re of a day of a month, whose submatches number
// year, mon and day give the parts: "2022-02-01", "Jan. 21", "21st of January 2022".
// A sentence's full stop after "21 January." is not part of the date.
func days(re *regexp.Regexp, year, mon, day int) func(string) []Expr {
	return func(text string) []Expr {
		var out []Expr
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			e := Expr{Kind: Absolute, Start: loc[0], Text: strings.TrimSuffix(text[loc[0]:loc[1]], "."),
				Year: atoi(sub(text, loc, year)), Month: monthOf(sub(text, loc, mon)), Day: atoi(sub(text, loc, day))}
			e.End = e.Start + len(e.Text)
			if e.Year == 0 {
				yearShift(text, &e) // "December 4 last year"
			}
			if e.Month != 0 && validDay(e.Year, e.Month, e.Day) {
				out = append(out, e)
			}
		}
		return out
	}
}

// yearShift extends a day of a month told without its year over the words after it that
// give the year from publication: "December 4 last year", "on 3 March this year".
func yearShift(text string, e *Expr) {
	rest := text[e.End:]
	for _, w := range []string{"last", "this", "next"} {
		if tail, ok := strings.CutPrefix(rest, " "+w+" year"); ok && (tail == "" || !isWordByte(tail[0])) {
			e.YearShift, e.HasYearShift = shiftOf(w), true
			e.End += len(rest) - len(tail)
			e.Text = text[e.Start:e.End]
			return
		}
	}
}

// isWordByte reports an ASCII letter or digit: a word goes on.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// monthOf reads a month as a number ("02") or a name ("Feb."); 0 when s is neither.
func monthOf(s string) time.Month {
	if n := atoi(s); n != 0 {
		return time.Month(n)
	}
	return month(s)
}

// dayRanges returns a scan for the pattern re of days of one month told as a span, whose
// submatches number mon, first, last and year give the parts: "from 20 to 22 December",
// "12-13 March 2024", "Jan. 26 and 27", "March 12-14". A contact of several days has no
// one day; the span is its month.
func dayRanges(re *regexp.Regexp, mon, first, last, year int) func(string) []Expr {
	return func(text string) []Expr {
		var out []Expr
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			m, a, b := month(sub(text, loc, mon)), atoi(sub(text, loc, first)), atoi(sub(text, loc, last))
			y := atoi(sub(text, loc, year))
			if m == 0 || a >= b || !validDay(y, m, a) || !validDay(y, m, b) || sub(text, loc, first+1) == "and" && b != a+1 && !between(text[loc[0]:]) {
				continue // "and" joins two days only when they follow each other or "between" opens the span: not "May 3 and 10 people"
			}
			t := strings.TrimSuffix(text[loc[0]:loc[1]], ".")
			out = append(out, Expr{Kind: MonthOnly, Start: loc[0], End: loc[0] + len(t), Text: t, Month: m, Year: y})
		}
		return out
	}
}

// between reports a span opened by "between": "between June 9 and 11", "between May 30
// and June 2" are spans of days, which "and" alone is not ("on March 3 and March 10").
func between(match string) bool {
	return len(match) >= len("between") && strings.EqualFold(match[:len("between")], "between")
}

// datesRanges finds two whole days told as a span: "from March 3 to March 5" is its month,
// "from Feb. 28 to March 2" a span over two months, which names none.
func (f *Finder) datesRanges(text string) []Expr {
	var out []Expr
	for _, loc := range f.datesRange.FindAllStringSubmatchIndex(text, -1) {
		m1, d1 := month(sub(text, loc, 1)+sub(text, loc, 4)), atoi(sub(text, loc, 2)+sub(text, loc, 3))
		m2, d2 := month(sub(text, loc, 6)+sub(text, loc, 9)), atoi(sub(text, loc, 7)+sub(text, loc, 8))
		y, join := atoi(sub(text, loc, 10)), sub(text, loc, 5)
		if m1 == 0 || m2 == 0 || !validDay(y, m1, d1) || !validDay(y, m2, d2) || m1 == m2 && d1 >= d2 || join == "and" && (m1 != m2 || d2 != d1+1) && !between(text[loc[0]:]) {
			continue // "on March 3 and March 10" are two days, each its own; "between May 30 and June 2" a span
		}
		t := strings.TrimSuffix(text[loc[0]:loc[1]], ".")
		e := Expr{Kind: MonthOnly, Start: loc[0], End: loc[0] + len(t), Text: t, Month: m1, Year: y}
		if m1 != m2 {
			e = Expr{Kind: Span, Start: e.Start, End: e.End, Text: t} // "from Feb. 28 to March 2": no one month
		}
		out = append(out, e)
	}
	return out
}

// numerics finds a date written in figures with the year in full: "13/03/2024" is the 13th
// of March, "3/13/2024" the same day written the American way, "4.3.2024" the 4th of March
// (dates with dots put the day first). When both figures could be the month ("4/3/2024")
// the order cannot be told: the words are kept with no day or month but both figures
// (Either), and Resolve gives a date for them only when the tense and the publication date
// rule one reading out, since a wrong date is worse than none.
func (f *Finder) numerics(text string) []Expr {
	var out []Expr
	for _, loc := range f.numeric.FindAllStringSubmatchIndex(text, -1) {
		if sub(text, loc, 2) != sub(text, loc, 4) {
			continue // "12/03-2024" is no date
		}
		a, b, year := atoi(sub(text, loc, 1)), atoi(sub(text, loc, 3)), atoi(sub(text, loc, 5))
		e := Expr{Kind: Absolute, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]], Year: year}
		switch {
		case a > 12 || a == b:
			e.Day, e.Month = a, time.Month(b)
		case b > 12:
			e.Day, e.Month = b, time.Month(a)
		case sub(text, loc, 2) == ".":
			e.Day, e.Month = a, time.Month(b) // "4.12.2024": with dots the day comes first
		default:
			e.Either = [2]int{a, b}
		}
		if e.Month != 0 && !validDay(year, e.Month, e.Day) || a == 0 || b == 0 || a > 31 || b > 31 {
			continue
		}
		out = append(out, e)
	}
	return out
}

// monthYears finds "July 2021", "mid-November 2022", "July of 2019".
func (f *Finder) monthYears(text string) []Expr {
	var out []Expr
	for _, loc := range f.monthYear.FindAllStringSubmatchIndex(text, -1) {
		if m := month(sub(text, loc, 2)); m != 0 {
			out = append(out, Expr{Kind: MonthOnly, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]],
				Month: m, Year: atoi(sub(text, loc, 3))})
		}
	}
	return out
}

// monthsOnly finds a month after a preposition or modifier ("in January", "last
// September", "mid-November", "in January this year"), or between a determiner and the
// noun it dates ("at a June summit", "their March meeting"). Without one, "May" and
// "June" are too often a verb or a name.
func (f *Finder) monthsOnly(text string) []Expr {
	var out []Expr
	for _, loc := range monthOnlyLocs(text) { // monthOnlyPattern
		lead, qual := strings.ToLower(sub(text, loc, 1)), sub(text, loc, 2) // "In December, ..." opens a sentence
		if (lead == "" && qual == "") || !fullMonth(sub(text, loc, 3)) || determiner(lead) && !nounAfter(text[loc[1]:]) {
			continue
		}
		e := Expr{Kind: MonthOnly, Month: month(sub(text, loc, 3)), Start: loc[6], End: loc[7]}
		switch {
		case lead == "last" || lead == "next":
			e.Start, e.Shift = loc[2], shiftOf(lead)
		case qual != "":
			e.Start = loc[4]
		}
		if y := sub(text, loc, 4); y != "" {
			e.YearShift, e.HasYearShift = shiftOf(y), true
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
	}
	return out
}

// determiner reports a word before a month that makes it the modifier of a noun after it:
// "a June summit", "their March meeting", "the December interview".
func determiner(w string) bool {
	switch w {
	case "a", "an", "the", "their", "its", "his", "her":
		return true
	}
	return false
}

// nounAfter reports text that goes on with a word in lower case, the noun a month before it
// modifies ("summit" of "the June summit"), not a name or a figure ("the June Smith
// papers").
func nounAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && rest[0] >= 'a' && rest[0] <= 'z'
}

// weekdaySpans finds days of the week told as a span: "from Friday to Sunday", "Monday and
// Tuesday". Two different days are needed: "Monday and Monday" is no span.
func (f *Finder) weekdaySpans(text string) []Expr {
	var out []Expr
	for _, loc := range f.weekdaySpan.FindAllStringSubmatchIndex(text, -1) {
		a, okA := weekdayNumber(sub(text, loc, 1))
		b, okB := weekdayNumber(sub(text, loc, 2))
		if !okA || !okB || a == b || notADay(text[:loc[2]], text[loc[5]:]) {
			continue
		}
		out = append(out, Expr{Kind: Span, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]]})
	}
	return out
}

// ordinals finds "on the 3rd", a day of the month told by its ordinal alone, where the
// phrase ends: not "on the 3rd floor" nor "on the 20th anniversary". "of the month" or
// "of this month" after it is part of it.
func (f *Finder) ordinals(text string) []Expr {
	if !strings.Contains(text, "the") {
		return nil // every match holds "the"; "n the " was no test: \s+ matches two spaces
	}
	var out []Expr
	for _, loc := range f.ordinal.FindAllStringSubmatchIndex(text, -1) {
		day := atoi(sub(text, loc, 1))
		if day < 1 || day > 31 {
			continue
		}
		end := loc[1]
		rest := text[end:]
		for _, tail := range []string{" of the month", " of this month"} {
			if r, ok := strings.CutPrefix(rest, tail); ok && (r == "" || !isWordByte(r[0])) {
				end, rest = end+len(tail), r
			}
		}
		if !phraseEnds(rest) {
			continue
		}
		start := loc[0] + strings.Index(text[loc[0]:loc[1]], "the")
		out = append(out, Expr{Kind: Absolute, Start: start, End: end, Text: text[start:end], Day: day, OfMonth: true})
	}
	return out
}

// phraseEnds reports text that goes on with no word of the phrase before it: nothing, a
// mark of punctuation, or a word that opens a phrase of its own ("on the 3rd in Oslo",
// "on the 3rd and 4th").
func phraseEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !isWordByte(rest[0]) {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "in", "at", "and", "when", "as", "after", "before", "with", "to", "for", "during", "but", "while", "amid", "ahead", "where", "on", "by", "of":
		return !strings.HasPrefix(strings.ToLower(rest), "of ")
	}
	return false
}

// weekdays finds "Tuesday", "Tuesday's", "last Friday".
func (f *Finder) weekdays(text string) []Expr {
	var out []Expr
	for _, loc := range weekdayLocs(text) { // weekdayPattern
		wd, ok := weekdayNumber(sub(text, loc, 2))
		if !ok || notADay(text[:loc[4]], text[loc[5]:]) {
			continue
		}
		e := Expr{Kind: Weekday, Weekday: time.Weekday(wd), Start: loc[4], End: loc[5]}
		if lead := strings.ToLower(sub(text, loc, 1)); lead != "" && lead != "this" { // "Last Friday, ..."
			e.Start, e.Shift = loc[2], shiftOf(lead)
		}
		if e.Shift == 0 && f.lastWeekAfter.MatchString(text[loc[1]:]) {
			e.LastWeek = true // "on Monday last week", "Monday of last week"
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
	}
	return out
}

// notADay reports a weekday name that is part of another name: a newspaper ("the Sunday
// Times"), a holiday ("Good Friday"), an event ("Super Tuesday") or a show ("Monday Night
// Football", "Saturday Morning Cartoons"), given the text before and after it; or a day
// that recurs or is any of its name ("on a Monday", "every Friday", "each Tuesday",
// "on Saturday mornings"), which names no one day.
func notADay(before, after string) bool {
	next, rest, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	next = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(next, ".,;:"), "'s"), "’s")
	switch next {
	case "Times", "Telegraph", "Express", "Mail", "Herald", "Post", "Mirror", "Independent",
		"Observer", "Star", "Tribune":
		return true
	case "Night", "Morning", "Evening", "Afternoon":
		// "Monday Night Football", "Saturday Night Live" are shows; "on Saturday Night as
		// crowds gathered" is the night
		rest = strings.TrimLeft(rest, " ")
		return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
	case "mornings", "afternoons", "evenings", "nights":
		return true // "on Saturday mornings": every such morning
	}
	fields := strings.Fields(before)
	if n := len(fields); n > 1 && strings.HasSuffix(fields[n-1], "/") {
		fields = fields[:n-1] // "every Wednesday/Thursday": the day before the slash tells
	}
	if len(fields) == 0 {
		return false
	}
	switch fields[len(fields)-1] {
	case "Good", "Black", "Holy", "Ash", "Palm", "Maundy", "Easter", "Super", "Cyber", "Bloody":
		return true
	case "a", "A", "every", "Every", "each", "Each", "any", "Any":
		return true
	}
	return false
}

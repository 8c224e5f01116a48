package dates

import (
	"regexp"
	"strings"
)

// relatives finds "yesterday", "earlier this month", "last week", and "overnight" where it
// ends its phrase ("spoke overnight", "met overnight in Doha"): the night before
// publication, as "last night" is, which wire copy of the morning calls "overnight".
func (f *Finder) relatives(text string) []Expr {
	var out []Expr
	for _, loc := range f.relative.relativeLocs(text) { // relativePattern
		e := Expr{Kind: Relative, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]]}
		switch word := strings.ToLower(sub(text, loc, 1)); {
		case word == "overnight" && !phraseEnds(text[loc[1]:]):
			continue // "an overnight stay", "talks ran overnight into Thursday": no day of its own
		case word != "":
			e.Count, e.Unit = dayWord(word), Days
		case sub(text, loc, 6) != "":
			e.Unit = Weeks // "over the weekend": no single day
		case sub(text, loc, 7) != "":
			e.Unit = unitOf(sub(text, loc, 7)) // "at the end of the month": this month
		case sub(text, loc, 3) != "":
			e.Unit = unitOf(sub(text, loc, 3))
		default:
			e.Count, e.Unit = shiftOf(strings.ToLower(sub(text, loc, 4))), unitOf(sub(text, loc, 5))
		}
		out = append(out, e)
	}
	return out
}

// agos finds "three days ago", "a week ago", "a fortnight ago", and "two years ago", a
// year counted from publication as "last year" is (YearOnly): it names no day or month.
func (f *Finder) agos(text string) []Expr {
	var out []Expr
	for _, loc := range f.ago.FindAllStringSubmatchIndex(text, -1) {
		n, ok := numberWord(sub(text, loc, 1))
		if !ok {
			continue
		}
		if strings.HasPrefix(strings.ToLower(sub(text, loc, 2)), "year") {
			out = append(out, Expr{Kind: YearOnly, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]], YearShift: -n, HasYearShift: true})
			continue
		}
		e := Expr{Kind: Relative, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]], Count: -n * daysOf(sub(text, loc, 2)), Unit: unitOf(sub(text, loc, 2))}
		if e.Unit == Weeks {
			e.Count, e.Unit = -7*n, Days // "a week ago" is seven days back, unlike "last week"
		}
		out = append(out, e)
	}
	return out
}

// anaphorics finds days counted from the day told before: "later that day", "the next
// day", "the day before".
func (f *Finder) anaphorics(text string) []Expr {
	var out []Expr
	for _, loc := range f.anaphoric.FindAllStringSubmatchIndex(text, -1) {
		e := Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: loc[1]}
		switch {
		case sub(text, loc, 2) != "":
			e.Today = true // "later in the day"
		case sub(text, loc, 3) != "":
			e.Count = stepOf(sub(text, loc, 3))
		case sub(text, loc, 4) != "":
			e.Count = stepOf(sub(text, loc, 4))
			e.End-- // the comma or full stop after "the day before"
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
	}
	return out
}

// daysLaters finds "two days later", "a week earlier", "a fortnight later".
func (f *Finder) daysLaters(text string) []Expr {
	var out []Expr
	for _, loc := range f.daysLater.FindAllStringSubmatchIndex(text, -1) {
		n, ok := numberWord(sub(text, loc, 1))
		if !ok {
			continue
		}
		if unitOf(sub(text, loc, 2)) == Weeks {
			n *= 7 // "a week later" is seven days on, counted like "seven days later"
		}
		out = append(out, Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]],
			Count: n * daysOf(sub(text, loc, 2)) * stepOf(sub(text, loc, 3))})
	}
	return out
}

// eves finds "on the eve of", a day before the event told after it.
func (f *Finder) eves(text string) []Expr {
	var out []Expr
	for _, loc := range f.eve.FindAllStringSubmatchIndex(text, -1) {
		end := loc[1] - 1 // the word after "of" belongs to the event
		for end > loc[0] && text[end-1] == ' ' {
			end--
		}
		out = append(out, Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: end, Text: text[loc[0]:end], Count: 1, Leads: true})
	}
	return out
}

// tripDays finds "on the second day of her visit" and "On the first day,": the day of a
// visit counted from its first, which the text told before ("began a two-day visit on
// Monday"). "The second day of the strike" counts from no day of a visit and is no date.
func (f *Finder) tripDays(text string) []Expr {
	var out []Expr
	for _, loc := range f.tripDay.FindAllStringSubmatchIndex(text, -1) {
		if sub(text, loc, 3) == "" && ofAfter(text[loc[1]:]) {
			continue
		}
		n := ordinalNumber(sub(text, loc, 1))
		end := loc[5] // "day": the visit's words are the event's
		out = append(out, Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: end, Text: text[loc[0]:end], Count: n - 1})
	}
	return out
}

// ofAfter reports text that goes on with "of": "the second day of the strike".
func ofAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n")
	return len(rest) > 2 && strings.EqualFold(rest[:2], "of") && (len(rest) == 2 || rest[2] == ' ')
}

// spanOrders returns a scan for re, spanOrder or theSpanOrder, which finds "a day after",
// "two weeks before", "the day before": a span before the event told after it, which it
// dates. Submatch 1 is the count ("the" for one day), 2 the unit and 3 the word of order.
func spanOrders(re *regexp.Regexp) func(string) []Expr {
	return func(text string) []Expr {
		return spanOrdersIn(re, text)
	}
}

// spanOrdersIn runs the scan of spanOrders on text.
func spanOrdersIn(re *regexp.Regexp, text string) []Expr {
	var out []Expr
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		n, ok := numberWord(sub(text, loc, 1))
		if strings.EqualFold(sub(text, loc, 1), "the") {
			n, ok = 1, true // "the day before the vote", "the night after the election"
		}
		if !ok {
			continue
		}
		if unitOf(sub(text, loc, 2)) == Weeks {
			n *= 7 // "a week after the vote" is seven days after it
		}
		end := loc[7] // the word after "after" belongs to the event
		out = append(out, Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: end, Text: text[loc[0]:end],
			Count: -n * stepOf(sub(text, loc, 3)), Leads: true})
	}
	return out
}

// hoursOrders finds "hours after", "just a few hours before": the same day as the event
// told after it.
func (f *Finder) hoursOrders(text string) []Expr {
	var out []Expr
	for _, loc := range f.hoursOrder.FindAllStringSubmatchIndex(text, -1) {
		if n, ok := numberWord(sub(text, loc, 1)); ok && n >= 12 {
			continue // "48 hours after" is days, and a count of hours rarely lands on a day
		}
		end := loc[5] // the word after "after" belongs to the event
		out = append(out, Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: end, Text: text[loc[0]:end], Leads: true})
	}
	return out
}

// hoursLaters finds "hours later", "just hours earlier": the same day as the day told
// before it, as "later that day" is; a count past half a day is days, and rarely lands
// on one.
func (f *Finder) hoursLaters(text string) []Expr {
	var out []Expr
	for _, loc := range f.hoursLater.FindAllStringSubmatchIndex(text, -1) {
		if n, ok := numberWord(sub(text, loc, 1)); ok && n >= 12 {
			continue
		}
		out = append(out, Expr{Kind: Anaphoric, Unit: Days, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]]})
	}
	return out
}

// stepOf is the direction of a word that counts days from another: +1 for "next",
// "following", "after", "later"; -1 for "previous", "preceding", "before", "earlier".
func stepOf(w string) int {
	switch strings.ToLower(w) {
	case "next", "following", "after", "later":
		return 1
	}
	return -1
}

package main_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The rewrites of TestRedatedTuneScore: each tells a story's days the way another outlet
// words or dates them, keeping every day it tells the same calendar day. They are pure
// functions of the text and its day (the story day: the publication date, or the day a
// wire dateline names), so that each can be tested on made-up sentences.

// weekdayWord matches a weekday name, with a preposition or "last"/"next" before it and a
// part of the day or a possessive after it, which the rewrites keep or turn with it.
var weekdayWord = regexp.MustCompile(`\b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ll]ate|[Ee]arly) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b((?:'s|’s)|,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]* \d|,? \d{1,2} [A-Z][a-z]+| \((?:[A-Z][a-z]+\.? )?\d{1,2}\)| (?:night|morning|evening|afternoon))?`)

// withoutOn drops the "on" before a weekday inside a sentence, as AP copy prints it:
// "met Zupan on Monday" -> "met Zupan Monday".
var withoutOn = regexp.MustCompile(`([a-z,]) on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// bareWeekday matches a weekday with no preposition or determiner before it: the "on" of
// British copy goes there.
var bareWeekday = regexp.MustCompile(`\b([A-Za-z]+) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b([’']s)?`)

// withOn puts "on" before every weekday a verb or noun precedes: "met Zupan Monday" ->
// "met Zupan on Monday"; "late Monday", "since Monday", "Monday's" stay.
func withOn(text string) string {
	return bareWeekday.ReplaceAllStringFunc(text, func(m string) string {
		g := bareWeekday.FindStringSubmatch(m)
		switch strings.ToLower(g[1]) {
		case "on", "last", "next", "this", "late", "early", "since", "until", "by", "from", "to", "and", "or", "through", "before", "after", "that", "of", "the", "every", "each", "past", "till":
			return m
		}
		if g[3] != "" {
			return m
		}
		return g[1] + " on " + g[2]
	})
}

// weekdayOf is the time.Weekday of an English weekday name.
func weekdayOf(name string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == name {
			return d
		}
	}
	return -1
}

// daysBack is how many days before day the last weekday w was (0 when day is a w).
func daysBack(day time.Time, w time.Weekday) int { return (int(day.Weekday()) - int(w) + 7) % 7 }

// mondayOf is the Monday that opens day's week.
func mondayOf(day time.Time) time.Time { return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7)) }

// periodWord matches the words that tell a week, a month or a year from the story day:
// they stay true on a later day only in the same week, month or year.
var periodWord = regexp.MustCompile(`(?i)\b(?:this|last|next|earlier this|later this|past) (week|weekend|month|year)\b`)

// samePeriod reports that a and b lie in the same week (Monday to Sunday), month or year.
func samePeriod(unit string, a, b time.Time) bool {
	switch strings.ToLower(unit) {
	case "week", "weekend":
		return mondayOf(a).Equal(mondayOf(b))
	case "month":
		return a.Year() == b.Year() && a.Month() == b.Month()
	default:
		return a.Year() == b.Year()
	}
}

// dayWord matches the words that tell a day from the story day itself.
var dayWord = regexp.MustCompile(`\b(?:[Ll]ater today|[Ll]ater tonight|[Ee]arlier today|[Ee]arlier this evening|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Tt]oday)(?:'s|’s)?\b|\b(\d+) days ago\b`)

// upperFirst capitalizes the first letter of s.
func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// sentenceStartAt reports that text[:i] ends a sentence or a line: a capitalized "Today"
// there is the adverb, elsewhere a name ("USA Today").
func sentenceStartAt(text string, i int) bool {
	head := strings.TrimRight(text[:i], " “\"‘'(")
	return head == "" || strings.HasSuffix(head, "\n") || strings.ContainsAny(head[len(head)-1:], ".!?:")
}

// toldLater rewrites text told on day as it is told days later, on day+later: "today"
// becomes "yesterday" or "on <Weekday>", "yesterday" and "last night" "on <Weekday>" (and
// "night"), "this morning" "on <Weekday> morning", "N days ago" N+later days ago. It keeps
// weekday names, which stay true while the day is within the six days before the new one
// (or still ahead of it), and words of the week, month and year, which stay true within
// the same one. ok is false when a word cannot be kept true: a weekday told too far back,
// "later today" (now past but told ahead), "tomorrow" now past, a week left.
func toldLater(text string, day time.Time, later int) (out string, ok bool) {
	return toldLaterAs(text, day, later, false)
}

// toldLaterAs is toldLater that names the day before publication by its weekday too, when
// weekdays ("on Wednesday", as wire copy prints it, not "yesterday"); told later 0 days,
// it names the days of "today", "yesterday" and "tomorrow" by their weekdays.
func toldLaterAs(text string, day time.Time, later int, weekdays bool) (out string, ok bool) {
	to := day.AddDate(0, 0, later)
	for _, m := range periodWord.FindAllStringSubmatch(text, -1) {
		if !samePeriod(m[1], day, to) {
			return "", false
		}
	}
	for _, loc := range weekdayWord.FindAllStringSubmatchIndex(text, -1) {
		pre := ""
		if loc[2] >= 0 {
			pre = strings.ToLower(text[loc[2]:loc[3]])
		}
		back := daysBack(day, weekdayOf(text[loc[4]:loc[5]]))
		if pre == "last" && back == 0 {
			back = 7
		}
		ahead := pre == "next" || futureCue.MatchString(sentenceBefore(text, loc[0]))
		if back+later > 6 || ahead && back < later {
			return "", false // too far back to be named so, or told ahead of a day now past
		}
	}
	named := func(d time.Time) string { return "on " + d.Weekday().String() }
	ok = true
	var b strings.Builder
	last := 0
	for _, loc := range dayWord.FindAllStringSubmatchIndex(text, -1) {
		word := text[loc[0]:loc[1]]
		low := strings.ToLower(word)
		poss := ""
		if strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s") {
			i := strings.LastIndexAny(word, "'’")
			word, poss, low = word[:i], word[i:], low[:i]
		}
		var rep string
		switch {
		case loc[2] >= 0:
			n, _ := strconv.Atoi(text[loc[2]:loc[3]])
			rep = fmt.Sprintf("%d days ago", n+later)
		case low == "later today", low == "later tonight":
			ok = later == 0
			rep = word
		case low == "tomorrow":
			ok = ok && later <= 1
			if rep = "today"; later == 0 {
				rep = named(day.AddDate(0, 0, 1))
			}
		case low == "today", low == "earlier today":
			if word == "Today" && !sentenceStartAt(text, loc[0]) {
				rep = word // a name: "USA Today"
			} else if rep = named(day); later == 1 && !weekdays {
				rep = "yesterday"
			}
		case low == "yesterday":
			rep = named(day.AddDate(0, 0, -1))
		case low == "last night":
			rep = named(day.AddDate(0, 0, -1)) + " night"
		case low == "tonight":
			rep = named(day) + " night"
		default: // this morning, this afternoon, this evening, earlier this evening
			f := strings.Fields(low)
			rep = named(day) + " " + f[len(f)-1]
		}
		if poss != "" {
			rep = strings.TrimPrefix(rep, "on ") + poss
		}
		if unicode.IsUpper([]rune(word)[0]) {
			rep = upperFirst(rep)
		}
		b.WriteString(text[last:loc[0]] + rep)
		last = loc[1]
	}
	if !ok {
		return "", false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// futureCue matches the words before a weekday that tell it ahead of the story day: "will
// meet on Friday", "is due to arrive Tuesday".
var futureCue = regexp.MustCompile(`\b(?:will|'ll|shall|due|scheduled|expected|set to|plans? to|planned|is to|are to|until|ahead of|before)\b`)

// dayOfWeekday is the calendar day a weekday name in sentence tells, from day: the day
// itself, the last one before it, or, after a word that tells a time ahead, the next one
// (or one of ahead, the days the gold dates after day).
func dayOfWeekday(day time.Time, w time.Weekday, before string, ahead map[time.Weekday]bool) time.Time {
	back := daysBack(day, w)
	if back == 0 {
		return day
	}
	if ahead[w] || futureCue.MatchString(before) {
		return day.AddDate(0, 0, 7-back)
	}
	return day.AddDate(0, 0, -back)
}

// sentenceBefore is the part of text's sentence before offset i.
func sentenceBefore(text string, i int) string {
	return text[strings.LastIndexAny(text[:i], ".!?\n")+1 : i]
}

// calendarStyle prints a day as an outlet does: US ("June 3", AP "Aug. 20, 2020") or
// British ("3 June", "3 June 2020"), with the year or without.
type calendarStyle struct{ british, year, ordinal, bracketed bool }

// ordinalDay is a day of the month with its ordinal ending: "1st", "22nd", "13th".
func ordinalDay(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return fmt.Sprintf("%dth", n)
	case n%10 == 1:
		return fmt.Sprintf("%dst", n)
	case n%10 == 2:
		return fmt.Sprintf("%dnd", n)
	case n%10 == 3:
		return fmt.Sprintf("%drd", n)
	}
	return fmt.Sprintf("%dth", n)
}

// apMonth is the AP's abbreviation of a month: March to July are spelled out.
func apMonth(m time.Month) string {
	switch m {
	case time.March, time.April, time.May, time.June, time.July:
		return m.String()
	case time.September:
		return "Sept."
	}
	return m.String()[:3] + "."
}

func (c calendarStyle) print(d time.Time) string {
	switch {
	case c.bracketed:
		return d.Weekday().String() + " (" + d.Format("Jan 2") + ")" // Singapore copy: "Thursday (Aug 20)"
	case c.ordinal && c.british:
		return ordinalDay(d.Day()) + " " + d.Month().String() // South Asian copy: "3rd June"
	case c.ordinal:
		return d.Month().String() + " " + ordinalDay(d.Day())
	case c.british && c.year:
		return d.Format("2 January 2006")
	case c.british:
		return d.Format("2 January")
	case c.year:
		return fmt.Sprintf("%s %d, %d", apMonth(d.Month()), d.Day(), d.Year())
	}
	return d.Format("January 2")
}

// weekdaysAsDates rewrites the weekday names text tells from day as calendar dates in
// style: "on Monday" -> "on June 3", "Wednesday night" -> "on the night of 5 June".
// Weekdays already beside their date ("Thursday, March 31"), possessives ("Friday's
// talks") and "last"/"next Friday" stay. ahead are the weekdays known to be told ahead.
func weekdaysAsDates(text string, day time.Time, style calendarStyle, ahead map[time.Weekday]bool) string {
	var b strings.Builder
	last := 0
	for _, loc := range weekdayWord.FindAllStringSubmatchIndex(text, -1) {
		pre, tail := "", ""
		if loc[2] >= 0 {
			pre = text[loc[2]:loc[3]]
		}
		if loc[6] >= 0 {
			tail = text[loc[6]:loc[7]]
		}
		low := strings.ToLower(pre)
		if low == "last" || low == "next" || low == "this" || tail != "" && !isDayPart(strings.TrimSpace(tail)) {
			continue // "Thursday, March 31", "Friday's talks": the date is told already, or a possessive
		}
		d := dayOfWeekday(day, weekdayOf(text[loc[4]:loc[5]]), sentenceBefore(text, loc[0]), ahead)
		date := style.print(d)
		var rep string
		switch part := strings.TrimSpace(tail); {
		case part != "" && style.bracketed:
			rep = strings.TrimSpace(pre+" "+d.Weekday().String()) + " " + part + " (" + d.Format("Jan 2") + ")"
		case part != "":
			on := "on"
			if pre == "On" || pre == "" && sentenceStartAt(text, loc[0]) {
				on = "On"
			}
			rep = fmt.Sprintf("%s the %s of %s", on, part, date)
			if low == "late" || low == "early" {
				rep = pre + " " + strings.ToLower(rep[:1]) + rep[1:]
			}
		case pre != "":
			rep = pre + " " + date
		case style.british:
			rep = "on " + date // British copy never drops the "on" of a date: "met on 3 June"
			if sentenceStartAt(text, loc[0]) {
				rep = "On " + date
			}
		default:
			rep = date
		}
		if style.year && !style.british && strings.HasPrefix(text[loc[1]:], " ") && len(text) > loc[1]+1 && unicode.IsLetter(rune(text[loc[1]+1])) {
			rep += "," // AP closes a date with its year by a comma: "met Dec. 31, 2024, in Ljubljana"
		}
		b.WriteString(text[last:loc[0]] + rep)
		last = loc[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// partsOfDay tells the weekdays of text with a part of the day, as copy filed late tells
// them: "on Monday" -> "on Monday evening", "said Monday" -> "said late Monday".
func partsOfDay(text string) string {
	var b strings.Builder
	last := 0
	for _, loc := range weekdayWord.FindAllStringSubmatchIndex(text, -1) {
		pre := ""
		if loc[2] >= 0 {
			pre = text[loc[2]:loc[3]]
		}
		switch {
		case loc[6] >= 0:
			continue // "Monday's", "Monday night", "Monday, June 3"
		case pre == "on" || pre == "On":
			b.WriteString(text[last:loc[1]] + " evening")
		case pre == "" && !sentenceStartAt(text, loc[0]):
			b.WriteString(text[last:loc[0]] + "late " + text[loc[0]:loc[1]])
		default:
			continue
		}
		last = loc[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// weekdaysAsNear names the weekdays text tells of the story day and the day before as
// "today" and "yesterday", as a paper's own copy does: "met on Wednesday" in a paper of
// Wednesday -> "met today", of Thursday -> "met yesterday". Weekdays told ahead, with a
// part of the day, a date or a possessive, and "last"/"next" ones, stay.
func weekdaysAsNear(text string, day time.Time, ahead map[time.Weekday]bool) string {
	var b strings.Builder
	last := 0
	for _, loc := range weekdayWord.FindAllStringSubmatchIndex(text, -1) {
		pre := ""
		if loc[2] >= 0 {
			pre = strings.ToLower(text[loc[2]:loc[3]])
		}
		if loc[6] >= 0 || pre != "" && pre != "on" {
			continue
		}
		before := sentenceBefore(text, loc[0])
		w := weekdayOf(text[loc[4]:loc[5]])
		if ahead[w] || futureCue.MatchString(before) {
			continue
		}
		var rep string
		switch daysBack(day, w) {
		case 0:
			rep = "today"
		case 1:
			rep = "yesterday"
		default:
			continue
		}
		if sentenceStartAt(text, loc[0]) {
			rep = upperFirst(rep)
		}
		b.WriteString(text[last:loc[0]] + rep)
		last = loc[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// isDayPart reports a part of the day: "night", "morning", "evening", "afternoon".
func isDayPart(w string) bool {
	switch w {
	case "night", "morning", "evening", "afternoon":
		return true
	}
	return false
}

// calendarDate matches a day of a month as news prints it, with a weekday before it and
// the year after it or not: "June 3", "Aug. 20, 2020", "3 June 2016", "Thursday, March 31,
// 2016", "Thursday (Aug 20)".
var calendarDate = regexp.MustCompile(`\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?)|(?:(\d{1,2})(?:st|nd|rd|th)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?))(?:,? (\d{4}))?\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\)`)

// monthOf is the month of a three-letter abbreviation.
func monthOf(abbr string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if m.String()[:3] == abbr {
			return m
		}
	}
	return 0
}

// datesAsWeekdays rewrites the calendar dates text tells of the six days up to day as
// their weekday names: "on June 3" -> "on Monday", "Thursday, March 31, 2016" ->
// "Thursday". Dates further back, ahead of day or of another year stay.
func datesAsWeekdays(text string, day time.Time) string {
	return calendarDate.ReplaceAllStringFunc(text, func(m string) string {
		g := calendarDate.FindStringSubmatch(m)
		if g[7] != "" {
			return g[7] // "Thursday (Aug 20)"
		}
		mon, dd := g[2], g[3]
		if mon == "" {
			mon, dd = g[5], g[4]
		}
		n, _ := strconv.Atoi(dd)
		year := day.Year()
		if g[6] != "" {
			year, _ = strconv.Atoi(g[6])
		}
		d := time.Date(year, monthOf(mon), n, 0, 0, 0, 0, time.UTC)
		if d.Day() != n || d.After(day) || day.Sub(d) > 6*24*time.Hour {
			return m
		}
		return d.Weekday().String()
	})
}

// datePlace is where a sentence tells its day: fronted ("On Monday, X met Y in Paris"),
// after the object ("X met Y on Monday in Paris") or after the place ("X met Y in Paris
// on Monday").
type datePlace int

const (
	dateFronted datePlace = iota
	dateAfterObject
	dateAfterPlace
)

// movableDay matches the one weekday phrase of a sentence a move may take: "on Monday",
// "Monday", "on Monday night", "On Monday, " opening it.
var movableDay = regexp.MustCompile(`(?:^On |\b[Oo]n |\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|evening|afternoon))?\b(?:, )?`)

// contactObject matches a contact verb and its object, a person named with a title or
// described, and the place after it: "met Kenyan President Jomo Mwangi in Nairobi", "held
// talks with his Japanese counterpart at the Pentagon". Group 1 ends the object, group 2
// the place.
var contactObject = regexp.MustCompile(`\b(?:met(?: with)?|meets(?: with)?|held talks with|holds talks with|spoke(?: by (?:tele)?phone)? (?:with|to)|talked (?:with|to)|called|phoned|visited|hosted|received|welcomed) ((?:(?:his|her|their|the|visiting) )*(?:[A-Z][\w.'’-]*)(?: (?:[A-Z][\w.'’-]*|counterparts?|president|prime minister|minister|foreign|secretary|leaders?|officials|envoys?|of|de|al|bin|van|von))*)( (?:in|at) (?:the )?[A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*){0,3})?`)

// pluralObject matches the end of an object that names its persons by a noun: "his
// Japanese counterpart", "Cuban officials".
var pluralObject = regexp.MustCompile(`\b(?:counterparts?|leaders|officials|envoys)$`)

// objectEnd matches what may follow a contact's object and its place where a day is put
// between them: the end of the sentence or clause, or a phrase of purpose, time or place,
// not a coordinated object ("met X and other leaders").
var objectEnd = regexp.MustCompile(`^(?:[.,;]|$| (?:for|to|at|in|during|ahead|after|amid|as|on|under|near|with) | and [a-z]+ed )`)

// unsafeMove matches what makes a move change a sentence's sense: speech (the day may be
// the saying's or the thing said's), quotation, a second date.
var unsafeMove = regexp.MustCompile(`["“”]|\b(?:said|says|say|told|tells|announced|added|according|reported|stated|today|yesterday|tonight|January|February|March|April|June|July|August|September|October|November|December)\b`)

// datelineStart matches a paragraph that opens with a wire dateline: "SINGAPORE - ",
// "WASHINGTON U.S. Defense Secretary": no day is fronted before it.
var datelineStart = regexp.MustCompile(`^[A-Z][A-Z/-]{3,}\b`)

// leadWord is a sentence's first word that is lower-cased after a fronted day.
var leadWord = map[string]bool{"The": true, "A": true, "An": true, "He": true, "She": true, "They": true, "It": true, "We": true, "Their": true, "Its": true, "This": true, "Both": true, "Two": true}

// sentenceEnd matches where a sentence ends in a paragraph: a full stop after a lower-case
// word of three letters or more (not "Mr." or "U.S."), then a space and a capital.
var sentenceEnd = regexp.MustCompile(`[a-z]{3}[.!?] +["“]?[A-Z]`)

// sentencesOf cuts a paragraph into sentences, each with its full stop.
func sentencesOf(para string) []string {
	var out []string
	last := 0
	for _, loc := range sentenceEnd.FindAllStringIndex(para, -1) {
		end := loc[0] + 4
		out = append(out, para[last:end])
		last = strings.IndexFunc(para[end:], func(r rune) bool { return r != ' ' }) + end
	}
	return append(out, para[last:])
}

// movedDay tells a sentence's day in place: fronted, right after the object of its
// contact verb, or after the place that follows that object. It moves only the one weekday
// of a sentence that tells one contact verb and its object (contactObject) in the clause
// the day is told in (no comma between them), a clause with no speech or quotation
// (unsafeMove) that opens the sentence when the day is to be fronted; moved is false
// otherwise, and when the day is there already.
func movedDay(sentence string, place datePlace) (string, bool) {
	text := strings.TrimSpace(sentence)
	locs := movableDay.FindAllStringSubmatchIndex(text, -1)
	if len(locs) != 1 || datelineStart.MatchString(text) {
		return sentence, false
	}
	at := locs[0]
	day := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(text[at[0]:at[1]], "On "), "on "), " "), ", ")
	fronted := at[0] == 0 && strings.HasSuffix(text[at[0]:at[1]], ", ")
	if !fronted && strings.HasSuffix(text[at[0]:at[1]], ", ") {
		at[1] -= len(", ") // "met X Tuesday, a visit that": the comma stays
	}
	if at[0] == 0 && !fronted {
		return sentence, false // "Monday was": the day is the subject
	}
	if after := text[at[1]:]; strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") || strings.HasPrefix(after, " (") {
		return sentence, false // "Monday's talks", "Thursday (Aug 20)"
	}
	rest := strings.TrimRight(text[:at[0]], " ")
	if tail := strings.TrimLeft(text[at[1]:], " "); tail != "" && !strings.ContainsAny(tail[:1], ".,;:!?") {
		rest += " " + tail
	} else {
		rest += tail
	}
	if fronted {
		rest = upperFirst(text[at[1]:])
	}
	rest = strings.TrimSpace(rest)
	obj := contactObject.FindStringSubmatchIndex(rest)
	if obj == nil || len(contactObject.FindAllString(rest, -1)) != 1 {
		return sentence, false
	}
	for obj[4] < 0 && obj[3] > obj[2] && !unicode.IsUpper([]rune(rest[strings.LastIndex(rest[:obj[3]], " ")+1:])[0]) && !pluralObject.MatchString(rest[:obj[3]]) {
		obj[3] = strings.LastIndex(rest[:obj[3]], " ") // "met Ugandan president Yoweri": the object ends with a name
	}
	end := obj[3]
	if obj[4] >= 0 {
		end = obj[5]
	}
	if !objectEnd.MatchString(rest[end:]) {
		return sentence, false // "met X and other leaders": the day would split a coordination
	}
	clause := strings.LastIndex(rest[:obj[0]], ",") + 1 // the contact verb's clause
	clauseEnd := len(rest)
	if i := strings.Index(rest[obj[1]:], ","); i >= 0 {
		clauseEnd = obj[1] + i
	}
	if unsafeMove.MatchString(rest[clause:clauseEnd]) || place == dateFronted && clause > 0 {
		return sentence, false
	}
	if !fronted {
		// the day is told in the contact verb's clause: no comma between them
		verbAt := strings.Index(text, rest[obj[0]:obj[2]])
		lo, hi := min(verbAt, at[0]), max(verbAt, at[0])
		if verbAt < 0 || strings.Contains(text[lo:hi], ",") || strings.Contains(text[lo:hi], " and ") {
			return sentence, false
		}
	} else if strings.Contains(rest[:obj[0]], ",") {
		return sentence, false
	}
	var out string
	switch {
	case place == dateFronted:
		first, tail, _ := strings.Cut(rest, " ")
		if leadWord[first] {
			first = strings.ToLower(first)
		}
		out = "On " + day + ", " + first + " " + tail
	case place == dateAfterObject:
		out = rest[:obj[3]] + " on " + day + rest[obj[3]:]
	case obj[4] >= 0:
		out = rest[:obj[5]] + " on " + day + rest[obj[5]:]
	default:
		return sentence, false // no place after the object
	}
	if out == text {
		return sentence, false
	}
	return out, true
}

// daysMoved tells the day of every sentence of text that movedDay can move in place,
// and counts them.
func daysMoved(text string, place datePlace) (string, int) {
	moved := 0
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		sents := sentencesOf(line)
		for j, s := range sents {
			if m, ok := movedDay(s, place); ok {
				sents[j] = m
				moved++
			}
		}
		lines[i] = strings.Join(sents, " ")
	}
	return strings.Join(lines, "\n"), moved
}

// datelineHead matches the dateline that opens a wire story's lede: a place in capitals
// (and its country), an agency in brackets, a dash: "KABUL, Afghanistan (CNN) --",
// "MOSCOW, April 19 (Xinhua) --", "(CNN) --", "WASHINGTON _", "BEIRUT The".
var datelineHead = regexp.MustCompile(`^(?:([A-Z][A-Za-z.'/ ]{1,25}?)(?:, [A-Z][A-Za-z. ]{1,20}?)?(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]* \d{1,2})?( \([A-Za-z ]+\))? ?(?:--|—|–|_| -) ?|\([A-Za-z ]+\) -- ?|([A-Z]{3,}(?:[/-][A-Z]+)*) [A-Z])`)

// datedLead is the dateline a wire story opens with, as agencies print it: its place in
// capitals, the date, the agency: "KABUL, June 3 (Reuters) - ", "PARIS, Tuesday (Reuters) - ".
// With no place, "June 3 (Reuters) - ", as agencies date copy filed from no one city.
func datedLead(place, date string) string {
	if place == "" {
		return date + " (Reuters) - "
	}
	return strings.ToUpper(place) + ", " + date + " (Reuters) - "
}

// withDateline puts a dateline of day on the story's lede: the one it opens with is
// replaced (its place kept), else the first paragraph of fifteen words or more gets one.
func withDateline(body, date string) string {
	lines := strings.Split(body, "\n")
	for i, line := range lines {
		if len(strings.Fields(line)) < 15 {
			continue // a headline, a byline, a caption: not the lede
		}
		m := datelineHead.FindStringSubmatch(line)
		if m == nil || m[1] != "" && m[2] == "" && strings.ToUpper(m[1]) != m[1] {
			lines[i] = datedLead("", date) + line // a place in capitals or one an agency follows: not "Ex-Labour MP"
			return strings.Join(lines, "\n")
		}
		rest := line[len(m[0]):]
		if m[3] != "" {
			rest = line[len(m[0])-1:] // "BEIRUT The lead negotiator": the capital opens the lede
		}
		place, _, _ := strings.Cut(m[1]+m[3], "/")
		lines[i] = datedLead(strings.TrimSpace(place), date) + rest
		return strings.Join(lines, "\n")
	}
	return body
}

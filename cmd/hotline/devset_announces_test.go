package main_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

// announceRewrite is one way copy tells a contact ahead of the story day: the words that
// replace a held contact's predicate, the time words they take and what the guidelines
// make of the contact then.
type announceRewrite struct {
	name   string
	status string                                                         // "scheduled" or "proposed"
	mode   string                                                         // the mode the words give, "" for the contact's own
	when   func(day time.Time, n int) (words, date string, ok bool)       // the time words for the story day (n varies the day) and the date they resolve to ("" none)
	edit   func(s string, p contactPredicate, when string) (string, bool) // the sentence with the contact announced, told when
}

// onWeekday tells a day two to five days after the story day by its weekday: "on Friday".
func onWeekday(day time.Time, n int) (string, string, bool) {
	d := day.AddDate(0, 0, 2+n%4)
	return "on " + d.Weekday().String(), d.Format(time.DateOnly), true
}

// forWeekday tells the day a contact is asked for, two to five days after the story day:
// "for Friday".
func forWeekday(day time.Time, n int) (string, string, bool) {
	words, date, ok := onWeekday(day, n)
	return "for " + strings.TrimPrefix(words, "on "), date, ok
}

// nextWeekday tells a day of the next week by "next" and its weekday, where both readings
// of "next Tuesday" (the coming one, the one of the next week) agree: the coming weekday
// lies in the next week, three to six days ahead.
func nextWeekday(day time.Time, n int) (string, string, bool) {
	monday := mondayOf(day).AddDate(0, 0, 7)
	for _, k := range []int{1 + n%3, 0} {
		d := monday.AddDate(0, 0, k)
		if gap := int(d.Sub(day).Hours() / 24); gap >= 3 && gap <= 6 {
			return "next " + d.Weekday().String(), d.Format(time.DateOnly), true
		}
	}
	return "", "", false
}

// onCalendarDay tells a day nine to twelve days after the story day by its calendar date,
// in a style of print ("on March 14", "on March 14, 2016", "on 14 March").
func onCalendarDay(style calendarStyle) func(time.Time, int) (string, string, bool) {
	return func(day time.Time, n int) (string, string, bool) {
		d := day.AddDate(0, 0, 9+n%4)
		return "on " + style.print(d), d.Format(time.DateOnly), true
	}
}

// laterThisMonth tells the story's month, while days of it are left: "later this month".
func laterThisMonth(day time.Time, _ int) (string, string, bool) {
	if day.AddDate(0, 0, 3).Month() != day.Month() {
		return "", "", false
	}
	return "later this month", day.Format("2006-01"), true
}

// theDayBefore tells the day before the story day by its weekday: "on Wednesday".
func theDayBefore(day time.Time, _ int) (string, string, bool) {
	d := day.AddDate(0, 0, -1)
	return "on " + d.Weekday().String(), d.Format(time.DateOnly), true
}

// nextMonth tells the month after the story's: "next month".
func nextMonth(day time.Time, _ int) (string, string, bool) {
	first := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
	return "next month", first.AddDate(0, 1, 0).Format("2006-01"), true
}

// inMonth names a month one or two after the story's: "in April" (of the next year when
// the story's is December).
func inMonth(day time.Time, n int) (string, string, bool) {
	first := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1+n%2, 0)
	return "in " + first.Month().String(), first.Format("2006-01"), true
}

// tomorrow tells the day after the story day.
func tomorrow(day time.Time, _ int) (string, string, bool) {
	return "tomorrow", day.AddDate(0, 0, 1).Format(time.DateOnly), true
}

// nextWeek tells the next week, which is no calendar day.
func nextWeek(time.Time, int) (string, string, bool) { return "next week", "", true }

// toldTimes match the words of a time a sentence tells its contact at, with the
// preposition before them, which a rewrite drops before it tells its own: "on Monday",
// "yesterday", "last week", "on March 3, 2016", "in June".
var toldTimes = []*regexp.Regexp{
	regexp.MustCompile(`(?i:\b(?:on|late|early|last|this|earlier|later|from|since) )?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?(?: (?:night|morning|evening|afternoon))?\b`),
	regexp.MustCompile(`(?i:\b(?:on|in|from|since) )?(?:the )?` + calendarDate.String()),
	regexp.MustCompile(`(?i:\b(?:in|earlier in|late|early|last) )\b(?:January|February|March|April|June|July|August|September|October|November|December)(?: \d{4})?\b`),
	dayWord,
	regexp.MustCompile(`(?i:\b(?:earlier|later|over) )?` + periodWord.String()),
	regexp.MustCompile(`(?i)\b(?:later|earlier) (?:in|on) the day\b`),
	regexp.MustCompile(`(?i)\b(?:earlier|previously|recently|again)\b`),
	regexp.MustCompile(`\(\s*\)`), // the brackets a dropped date leaves: "on Saturday (Aug 29)"
}

// withoutTimes drops the time words of a sentence (toldTimes) with the space or the
// comma before them; a sentence that opens with them opens with the word after.
func withoutTimes(s string) string {
	for _, re := range toldTimes {
		for {
			loc := re.FindStringIndex(s)
			if loc == nil {
				break
			}
			from, to := loc[0], loc[1]
			switch {
			case from == 0:
				to += len(s[to:]) - len(strings.TrimLeft(s[to:], ", "))
				s = upperFirst(s[to:])
				continue
			case strings.HasSuffix(s[:from], ", ") && strings.HasPrefix(s[to:], ","):
				from -= 2 // ", on Monday," -> ","
			case strings.HasSuffix(s[:from], " "):
				from--
			}
			s = s[:from] + s[to:]
		}
	}
	return s
}

// objectEndAt is where a predicate's object ends ("met Y| in Oslo"), or its own end when
// it has none: the words up to a stop word (objectStops) or punctuation, through the
// stops of abbreviations and initials ("U.S. Secretary of State X", "John F. Kennedy") and
// the commas of a list or an apposition of names ("met A, B and C", "met the First Lady,
// Olena Y"). ok is false when the object runs into a clause ("met Y and participated in").
func objectEndAt(s string, p contactPredicate) (int, bool) {
	i := p.end
	for _, w := range []string{" with ", " to "} {
		if strings.HasPrefix(s[i:], w) {
			i += len(w) - 1
		}
	}
	end := p.end
	for pos := i + 1; strings.HasPrefix(s[pos-1:], " "); {
		j := pos
		for j < len(s) && s[j] != ' ' {
			j++
		}
		word := s[pos:j]
		bare := strings.TrimRight(word, ",;:.")
		if bare == "" || !isWordByte(bare[0]) || objectStops[strings.ToLower(bare)] {
			break
		}
		end = pos + len(bare)
		if bare == word {
			pos = j + 1
			continue
		}
		stop := word[len(bare)]
		switch {
		case stop == '.' && (strings.Contains(bare, ".") || sentenceAbbrevs[bare] || len(bare) == 1 && bare[0] >= 'A' && bare[0] <= 'Z'):
			end++ // "U.S.", "Mr.", "F.": no full stop
			pos = j + 1
			continue
		case stop == ',' && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z' && namesOnly(s[j+1:]):
			pos = j + 1 // "met A, B and C", "met the First Lady, Olena Y"
			continue
		}
		break
	}
	if strings.HasPrefix(s[end:], ".") && strings.TrimSpace(s[end+1:]) != "" || joinedClause.MatchString(s[p.end:end]) {
		return 0, false // a full stop inside: an abbreviation not told apart; "met Y and participated": a clause
	}
	if end == p.end && strings.Contains(s[end:], " with ") {
		return 0, false // "held talks at request with Y": the object comes later
	}
	if strings.Contains(s[p.end:end], ", ") && strings.HasPrefix(s[end:], ", ") {
		end++ // "met her counterpart, Eli Marsh,| on Friday in Denver": the apposition closes first
	}
	return end, true
}

// namesOnly tells whether the words of text up to its next punctuation are names and the
// words between names (nameJoiners): a list's next item or an apposition, "B and C", not
// a clause, "Mao added", "Kazinform has learnt".
func namesOnly(text string) bool {
	if i := strings.IndexAny(text, ",;:.()"); i >= 0 && !(text[i] == '.' && i > 0 && i+1 < len(text) && text[i+1] != ' ') {
		text = text[:i]
	}
	for _, w := range strings.Fields(text) {
		if w[0] >= 'a' && w[0] <= 'z' && !nameJoiners[w] && w != "his" && w != "her" {
			return false
		}
	}
	return true
}

// joinedClause matches a verb in the past joined to a predicate's object, which is no
// part of it: "met Y and participated in".
var joinedClause = regexp.MustCompile(` and [a-z]+ed\b`)

// phoned matches the words after an object that tell a call, which a rewrite into a
// meeting cannot keep: "spoke with Y on the telephone", "part of the 30-minute call".
var phoned = regexp.MustCompile(`\b(?:(?:tele)?phone|call)\b`)

// aheadWith replaces a predicate with head and its base form, and tells when after the
// object: "X met Y in Oslo" -> "X is due to meet Y next Tuesday in Oslo".
func aheadWith(head func(p contactPredicate) string) func(string, contactPredicate, string) (string, bool) {
	return func(s string, p contactPredicate, when string) (string, bool) {
		at, ok := objectEndAt(s, p)
		if !ok {
			return "", false
		}
		return s[:p.start] + head(p) + " " + p.base + s[p.end:at] + " " + when + s[at:], true
	}
}

// nounAfter replaces a predicate with a verb that takes the contact as a noun ("is
// preparing for a meeting with") and tells when after the object.
func nounAfter(head func(p contactPredicate) string) func(string, contactPredicate, string) (string, bool) {
	return func(s string, p contactPredicate, when string) (string, bool) {
		at, ok := objectEndAt(s, p)
		if !ok || strings.HasPrefix(p.noun, "talks") && spokenWith.MatchString(s[p.start:p.end]) {
			return "", false // "spoke with Y" told as "talks with Y" would tell a meeting
		}
		return s[:p.start] + head(p) + " " + p.noun + s[p.end:at] + " " + when + s[at:], true
	}
}

// spokenWith matches a predicate that tells no medium: "spoke with", "talked to".
var spokenWith = regexp.MustCompile(`\b(?:spoke|spoken|speaks|talked|speak|talk)\b`)

// namedObject returns the object of a predicate when it is named (opens with a capital):
// its span and where the words after it start.
func namedObject(s string, p contactPredicate) (from, to int, ok bool) {
	end, ok := objectEndAt(s, p)
	if !ok || end == p.end {
		return 0, 0, false
	}
	of := p.end + 1
	if strings.HasPrefix(s[p.end:], " with ") || strings.HasPrefix(s[p.end:], " to ") {
		of = p.end + strings.Index(s[p.end+1:], " ") + 2
	}
	if of >= end || s[of] < 'A' || s[of] > 'Z' {
		return 0, 0, false
	}
	return of, end, true
}

// objectVerb replaces a predicate with a verb that takes the named object and tells
// words after it and when: "plans to call Y tomorrow", "has invited Y for talks on
// Friday".
func objectVerb(head func(p contactPredicate) string, after string) func(string, contactPredicate, string) (string, bool) {
	return func(s string, p contactPredicate, when string) (string, bool) {
		of, ot, ok := namedObject(s, p)
		if !ok || after != "" && phoned.MatchString(s[ot:]) {
			return "", false
		}
		return s[:p.start] + head(p) + " " + s[of:ot] + after + " " + when + s[ot:], true
	}
}

// placeNext matches a place right after a predicate's object: " in Oslo".
var placeNext = regexp.MustCompile(`^ in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)\b`)

// travelTo rewrites "X met Y in Oslo" as "X will travel to Oslo to meet Y on Friday": the
// place after the object, else Geneva.
func travelTo(s string, p contactPredicate, when string) (string, bool) {
	return journey(s, p, func(place, obj string) string { return "will travel to " + place + " to meet" + obj + " " + when })
}

// flewTo rewrites "X met Y in Oslo" as "X flew to Oslo on Wednesday to meet Y": a
// journey told as made, whose purpose is held unless a later sentence calls it off.
func flewTo(s string, p contactPredicate, when string) (string, bool) {
	return journey(s, p, func(place, obj string) string { return "flew to " + place + " " + when + " to meet" + obj })
}

// headsFor rewrites "X met Y in Oslo" as "X heads to Oslo on Friday for a meeting with
// Y": a journey told in the present, arranged, whose purpose is the contact (in person:
// not a call's noun).
func headsFor(s string, p contactPredicate, when string) (string, bool) {
	if p.plural || !strings.HasSuffix(p.noun, " with") || remoteNoun.MatchString(p.noun) {
		return "", false
	}
	noun := strings.TrimSuffix(p.noun, " with")
	return journey(s, p, func(place, obj string) string {
		return "heads to " + place + " " + when + " for " + noun + " with" + obj
	})
}

// remoteNoun matches the contact nouns of a call: "a phone call", "a video conference".
var remoteNoun = regexp.MustCompile(`\b(?:call|phone|telephone|video|videoconference|conversation)\b`)

// journey puts the words of a journey to the place after a predicate's object (else
// Geneva) and to meet its object in the place of the predicate.
func journey(s string, p contactPredicate, words func(place, obj string) string) (string, bool) {
	at, ok := objectEndAt(s, p)
	if !ok {
		return "", false
	}
	place, rest := "Geneva", s[at:]
	if phoned.MatchString(rest) {
		return "", false
	}
	if m := placeNext.FindStringSubmatch(rest); m != nil {
		place, rest = m[1], rest[len(m[0]):]
	}
	obj := s[p.end:at]
	if strings.HasPrefix(obj, " with ") {
		obj = obj[len(" with"):]
	}
	return s[:p.start] + words(place, obj) + rest, true
}

// hostedBy turns the object into the host: "X met Y" -> "Y is to host X on Friday".
func hostedBy(s string, p contactPredicate, when string) (string, bool) {
	sf, st, ok := subjectSpan(s, p)
	if !ok {
		return "", false
	}
	of, ot, ok := namedObject(s, p)
	if !ok || strings.Contains(s[of:ot], " and ") || strings.Contains(s[sf:st], " and ") || phoned.MatchString(s[ot:]) {
		return "", false
	}
	return s[:sf] + s[of:ot] + " is to host " + s[sf:st] + " " + when + s[ot:], true
}

// thenCalledOff follows an announced contact with a sentence that calls it off: "The
// meeting was later cancelled." (the contact's noun, as its predicate tells it).
func thenCalledOff(edit func(string, contactPredicate, string) (string, bool), verb string) func(string, contactPredicate, string) (string, bool) {
	return func(s string, p contactPredicate, when string) (string, bool) {
		out, ok := edit(s, p, when)
		if !ok {
			return "", false
		}
		if strings.HasPrefix(p.noun, "talks") && spokenWith.MatchString(s[p.start:p.end]) {
			return "", false // "will speak to Y" called off as "the talks" would tell a meeting
		}
		noun := strings.TrimSuffix(p.noun, " with")
		noun = strings.TrimPrefix(strings.TrimPrefix(noun, "a "), "an ")
		be := "was"
		if strings.HasSuffix(noun, "s") {
			be = "were"
		}
		if verb == "meeting" {
			noun, be = "meeting", "was"
			verb = "cancelled"
		}
		return out + " The " + noun + " " + be + " later " + verb + ".", true
	}
}

// nounAhead tells the contact as a noun opening its clause with its day in its phrase of
// parties and a predicate of what lies ahead: "A meeting between X and Y on Friday is
// expected to take place in Oslo" (nounSubject).
func nounAhead(one, many string) func(string, contactPredicate, string) (string, bool) {
	return func(s string, p contactPredicate, when string) (string, bool) {
		if sf, _, ok := subjectSpan(s, p); !ok || strings.HasSuffix(strings.TrimSpace(s[:sf]), ",") || phoned.MatchString(s[p.end:]) {
			return "", false // "President X, Jr. met": the subject after a comma is no whole name; a call told after stays a call
		}
		return nounSubject(when+" "+one, when+" "+many)(s, p)
	}
}

// possessedAhead tells the contact as the subject's possessed noun with its day and a
// predicate in the future: "X met Y in Oslo" -> "X's meeting with Y on Friday will focus
// on trade in Oslo".
func possessedAhead(s string, p contactPredicate, when string) (string, bool) {
	sf, st, ok := subjectSpan(s, p)
	if !ok || strings.Contains(s[sf:st], " and ") || strings.HasSuffix(strings.TrimSpace(s[:sf]), ",") || !strings.HasSuffix(p.noun, " with") {
		return "", false
	}
	of, ot, ok := namedObject(s, p)
	if !ok || phoned.MatchString(s[ot:]) && !remoteNoun.MatchString(p.noun) {
		return "", false
	}
	noun := strings.TrimPrefix(strings.TrimPrefix(p.noun, "a "), "an ")
	return s[:sf] + s[sf:st] + "'s " + noun + " " + s[of:ot] + " " + when + " will focus on trade" + s[ot:], true
}

// announceFamilies are the rewrites of TestAnnouncedTuneContacts by family: how copy tells
// a contact ahead of its day.
func announceFamilies() []struct {
	name     string
	rewrites []announceRewrite
} {
	be := func(one, many string) func(p contactPredicate) string {
		return func(p contactPredicate) string { return agree(p, one, many) }
	}
	return []struct {
		name     string
		rewrites []announceRewrite
	}{
		{"weekday", []announceRewrite{
			{"will on weekday", "scheduled", "", onWeekday, aheadWith(fixed("will"))},
			{"is set to on weekday", "scheduled", "", onWeekday, aheadWith(be("is set to", "are set to"))},
		}},
		{"next weekday", []announceRewrite{
			{"is due to next weekday", "scheduled", "", nextWeekday, aheadWith(be("is due to", "are due to"))},
		}},
		{"calendar", []announceRewrite{
			{"scheduled on date", "scheduled", "", onCalendarDay(calendarStyle{}), aheadWith(be("is scheduled to", "are scheduled to"))},
			{"scheduled on date year", "scheduled", "", onCalendarDay(calendarStyle{year: true}), aheadWith(be("is scheduled to", "are scheduled to"))},
			{"will on british date", "scheduled", "", onCalendarDay(calendarStyle{british: true}), aheadWith(fixed("will"))},
		}},
		{"month", []announceRewrite{
			{"expected later this month", "scheduled", "", laterThisMonth, aheadWith(be("is expected to", "are expected to"))},
			{"will next month", "scheduled", "", nextMonth, aheadWith(fixed("will"))},
			{"is due to in month", "scheduled", "", inMonth, aheadWith(be("is due to", "are due to"))},
			{"will next week", "scheduled", "", nextWeek, aheadWith(fixed("will"))},
		}},
		{"travel", []announceRewrite{
			{"will travel to meet", "scheduled", "meeting", onWeekday, travelTo},
			{"heads for talks", "scheduled", "meeting", onWeekday, headsFor},
		}},
		{"prepared", []announceRewrite{
			{"is preparing for on weekday", "scheduled", "", onWeekday, nounAfter(be("is preparing for", "are preparing for"))},
			{"prepared for on date", "scheduled", "", onCalendarDay(calendarStyle{}), nounAfter(fixed("prepared for"))},
		}},
		{"host", []announceRewrite{
			{"is to host", "scheduled", "meeting", onWeekday, hostedBy},
		}},
		{"call", []announceRewrite{
			{"plans to call tomorrow", "scheduled", "phone", tomorrow, objectVerb(be("plans to call", "plan to call"), "")},
			{"scheduled to telephone", "scheduled", "phone", onWeekday, objectVerb(be("is scheduled to telephone", "are scheduled to telephone"), "")},
			{"will phone", "scheduled", "phone", onCalendarDay(calendarStyle{}), objectVerb(fixed("will phone"), "")},
		}},
		{"noun subject", []announceRewrite{
			{"is expected to take place", "scheduled", "", onWeekday, nounAhead("is expected to take place", "are expected to take place")},
			{"will focus on trade", "scheduled", "", onCalendarDay(calendarStyle{}), nounAhead("will take place and focus on trade", "will take place and focus on trade")},
			{"possessed will focus", "scheduled", "", onWeekday, possessedAhead},
		}},
		{"called off later", []announceRewrite{
			{"travel then cancelled", "cancelled", "meeting", onWeekday, thenCalledOff(travelTo, "meeting")},
			{"will then called off", "cancelled", "", onWeekday, thenCalledOff(aheadWith(fixed("will")), "called off")},
			{"flew then cancelled", "cancelled", "meeting", theDayBefore, thenCalledOff(flewTo, "meeting")},
		}},
		{"proposed", []announceRewrite{
			{"invited for talks", "proposed", "meeting", onWeekday, objectVerb(be("has invited", "have invited"), " for talks")},
			{"offered next week", "proposed", "", nextWeek, aheadWith(fixed("offered to"))},
			{"proposed for a day", "proposed", "", forWeekday, nounAfter(fixed("proposed"))},
		}},
	}
}

// announceSentence rewrites s by the named rewrite for a story of day: the sentence, the
// date the contact takes, or ok false when s cannot take it.
func announceSentence(rewrite, s string, day time.Time, n int) (out, date string, ok bool) {
	body := strings.TrimRight(s, " \n")
	trail := s[len(body):] // the paragraph's end, kept after the rewrite
	s = withoutTimes(body)
	if pastTimes.MatchString(s) {
		return "", "", false
	}
	p, ok := findPredicate(s)
	if !ok || firstPerson.MatchString(s[:p.start]) {
		return "", "", false // "I met Y": "I plans to call" would not agree
	}
	for _, f := range announceFamilies() {
		for _, r := range f.rewrites {
			if r.name != rewrite {
				continue
			}
			words, date, ok := r.when(day, n)
			if !ok {
				return "", "", false
			}
			out, ok := r.edit(s, p, words)
			return out + trail, date, ok
		}
	}
	panic(fmt.Sprintf("no rewrite %q", rewrite))
}

// firstPerson matches "I" right before a predicate.
var firstPerson = regexp.MustCompile(`(?:^|\s)I (?:[a-z]+ )?$`)

func TestAnnounceRewrites(t *testing.T) {
	thu := time.Date(2016, 3, 3, 0, 0, 0, 0, time.UTC) // a Thursday
	cases := []struct {
		name, rewrite, in, want, date string
	}{
		{"will meet on a weekday", "will on weekday", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"Prime Minister Lena Ortberg will meet President Alain Duroc on Saturday in Brussels.", "2016-03-05"},
		{"an opening day dropped", "will on weekday", "On Monday, Ortberg held talks with Duroc.",
			"Ortberg will hold talks with Duroc on Saturday.", "2016-03-05"},
		{"are set to, plural", "is set to on weekday", "Ortberg and Duroc spoke by phone on Monday.",
			"Ortberg and Duroc are set to speak by phone on Saturday.", "2016-03-05"},
		{"due next Tuesday", "is due to next weekday", "Ortberg has held talks with Duroc.",
			"Ortberg is due to hold talks with Duroc next Tuesday.", "2016-03-08"},
		{"scheduled on a date", "scheduled on date", "Ortberg and Duroc spoke by phone yesterday.",
			"Ortberg and Duroc are scheduled to speak by phone on March 12.", "2016-03-12"},
		{"scheduled on a date with its year", "scheduled on date year", "Calloway met Marsh in Denver.",
			"Calloway is scheduled to meet Marsh on March 12, 2016 in Denver.", "2016-03-12"},
		{"a british date", "will on british date", "Calloway met with Marsh on March 1, 2016, aides said.",
			"Calloway will meet Marsh on 12 March, aides said.", "2016-03-12"},
		{"later this month", "expected later this month", "Ortberg met Duroc last week.",
			"Ortberg is expected to meet Duroc later this month.", "2016-03"},
		{"travel to the place", "will travel to meet", "Calloway met with Marsh in Denver on Sunday.",
			"Calloway will travel to Denver to meet Marsh on Saturday.", "2016-03-05"},
		{"travel to Geneva", "will travel to meet", "Calloway talked to Marsh about the budget.",
			"Calloway will travel to Geneva to meet Marsh on Saturday about the budget.", "2016-03-05"},
		{"preparing for a phone call", "is preparing for on weekday", "Calloway telephoned Marsh after the vote.",
			"Calloway is preparing for a phone call with Marsh on Saturday after the vote.", "2016-03-05"},
		{"prepared for talks on a date", "prepared for on date", "Ortberg and Duroc held talks in Oslo.",
			"Ortberg and Duroc prepared for talks on March 12 in Oslo.", "2016-03-12"},
		{"the object hosts", "is to host", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"President Alain Duroc is to host Prime Minister Lena Ortberg on Saturday in Brussels.", "2016-03-05"},
		{"plans to call tomorrow", "plans to call tomorrow", "Senator Ruth Calloway met Governor Eli Marsh on Sunday.",
			"Senator Ruth Calloway plans to call Governor Eli Marsh tomorrow.", "2016-03-04"},
		{"invited for talks", "invited for talks", "Ortberg hosted Duroc at her residence.",
			"Ortberg has invited Duroc for talks on Saturday at her residence.", "2016-03-05"},
		{"a saying clause after the object", "plans to call tomorrow", "Calloway met Marsh on Monday, aides said.",
			"Calloway plans to call Marsh tomorrow, aides said.", "2016-03-04"},
		{"the time after an apposition", "will on weekday", "Calloway met her counterpart, Eli Marsh, in Denver.",
			"Calloway will meet her counterpart, Eli Marsh, on Saturday in Denver.", "2016-03-05"},
		{"a saying after the object", "will on weekday", "Prabowo met with Premier Li Qiang and official Zhao Leji, Mao added.",
			"Prabowo will meet Premier Li Qiang and official Zhao Leji on Saturday, Mao added.", "2016-03-05"},
		{"the day of the day and its bracketed date dropped", "will on weekday", "Later in the day, Calloway met Marsh on Saturday (Aug 29), aides said.",
			"Calloway will meet Marsh on Saturday, aides said.", "2016-03-05"},
		{"a list of names", "will on weekday", "In Jordan she met King Abdullah, Prime Minister Ali Haddad and Foreign Minister Omar Rifai.",
			"In Jordan she will meet King Abdullah, Prime Minister Ali Haddad and Foreign Minister Omar Rifai on Saturday.", "2016-03-05"},
		{"an abbreviation in the object", "will on weekday", "He met U.S. Treasury Secretary James Baker.",
			"He will meet U.S. Treasury Secretary James Baker on Saturday.", "2016-03-05"},
		{"travel, then cancelled", "travel then cancelled", "Calloway met with Marsh in Denver on Sunday.",
			"Calloway will travel to Denver to meet Marsh on Saturday. The meeting was later cancelled.", "2016-03-05"},
		{"a meeting proposed for a day", "proposed for a day", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"Prime Minister Lena Ortberg proposed a meeting with President Alain Duroc for Saturday in Brussels.", "2016-03-05"},
		{"heads to the place for talks", "heads for talks", "Calloway held talks with Marsh in Denver on Sunday.",
			"Calloway heads to Denver on Saturday for talks with Marsh.", "2016-03-05"},
		{"heads to Geneva for a meeting", "heads for talks", "Calloway met Marsh.",
			"Calloway heads to Geneva on Saturday for a meeting with Marsh.", "2016-03-05"},
		{"scheduled to telephone", "scheduled to telephone", "Calloway met Marsh in Denver.",
			"Calloway is scheduled to telephone Marsh on Saturday in Denver.", "2016-03-05"},
		{"a meeting between them ahead", "is expected to take place", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"A meeting between Prime Minister Lena Ortberg and President Alain Duroc on Saturday is expected to take place in Brussels.", "2016-03-05"},
		{"a possessed meeting ahead", "possessed will focus", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"Prime Minister Lena Ortberg's meeting with President Alain Duroc on Saturday will focus on trade in Brussels.", "2016-03-05"},
		{"due in a month named", "is due to in month", "Ortberg met Duroc in Brussels.",
			"Ortberg is due to meet Duroc in April in Brussels.", "2016-04"},
		{"flew, then cancelled", "flew then cancelled", "Calloway met with Marsh in Denver on Sunday.",
			"Calloway flew to Denver on Wednesday to meet Marsh. The meeting was later cancelled.", "2016-03-02"},
		{"a call called off", "will then called off", "Calloway phoned Marsh.",
			"Calloway will phone Marsh on Saturday. The phone call was later called off.", "2016-03-05"},
		{"no host without a named object", "is to host", "Ortberg and Duroc held talks in Oslo.", "", ""},
		{"offered next week", "offered next week", "Ortberg spoke with Duroc.", "Ortberg offered to speak with Duroc next week.", ""},
		{"a past time left", "will on weekday", "Ortberg met Duroc three days ago.", "", ""},
		{"no meeting told of a call", "will travel to meet", "Kerry spoke with Hasina on the telephone.", "", ""},
		{"no object run into a clause", "will on weekday", "He met Crown Prince Khalid and participated in a forum.", "", ""},
		{"no talks told of a conversation", "is preparing for on weekday", "Kerry spoke with Hasina.", "", ""},
		{"no predicate", "will on weekday", "Calloway criticised Marsh over the budget.", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, date, ok := announceSentence(tc.rewrite, tc.in, thu, 0)
			if !ok {
				got, date = "", ""
			}
			if got != tc.want || date != tc.date {
				t.Errorf("rewrite %s of %q\n got %q (%s)\nwant %q (%s)", tc.rewrite, tc.in, got, date, tc.want, tc.date)
			}
		})
	}
}

func TestNextWeekdayAgrees(t *testing.T) {
	for _, tc := range []struct {
		day  string
		want string
	}{
		{"2016-03-03", "next Tuesday 2016-03-08"}, // Thursday: the coming Tuesday is next week's
		{"2016-03-05", "next Tuesday 2016-03-08"},
		{"2016-03-07", ""}, // Monday: the coming days are this week's
		{"2016-03-06", ""}, // Sunday: "next Tuesday" may be nine days ahead
	} {
		t.Run(tc.day, func(t *testing.T) {
			day, _ := time.Parse(time.DateOnly, tc.day)
			words, date, ok := nextWeekday(day, 0)
			got := ""
			if ok {
				got = words + " " + date
			}
			if got != tc.want {
				t.Errorf("nextWeekday(%s) = %q, want %q", tc.day, got, tc.want)
			}
		})
	}
}

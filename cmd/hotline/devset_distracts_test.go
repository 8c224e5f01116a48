package main_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// toldContact is what the story cut after a told sentence reports of its contact, which
// a distracting clause must leave as it is: the story day, the contact's mode and date.
type toldContact struct {
	day        time.Time
	mode, date string
}

// distractRewrite is one clause that a sentence reporting a held contact takes without
// changing its truth ("Amid fears the truce may collapse, X met Y on Monday"): the edited
// sentence and the contacts of its parties the guidelines then give, the held one first.
type distractRewrite struct {
	name string
	edit func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool)
}

// heldAsTold is the contact as told before the edit: held, its mode and date.
func heldAsTold(told toldContact) []wantedContact {
	return []wantedContact{{"held", told.mode, told.date}}
}

// frontedBy opens the sentence with a phrase that holds a word of status or time of its
// own: "Amid fears the truce may collapse, X met Y".
func frontedBy(phrase string) func(string, contactPredicate, toldContact) (string, []wantedContact, bool) {
	return func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
		out, ok := ledBy(phrase, s, s[:p.start])
		return out, heldAsTold(told), ok
	}
}

// plainEnd matches the end of a sentence that closes on a word and a full stop (no
// abbreviation, quote or bracket).
var plainEnd = regexp.MustCompile(`[a-z0-9]{2}\.$`)

// quoted matches the marks of a quotation.
var quoted = regexp.MustCompile(`["“”]`)

// trailedBy closes the sentence with a clause of its own before the full stop: "X met Y on
// Monday, while aides said a summit could follow in the spring."
func trailedBy(clause string) func(string, contactPredicate, toldContact) (string, []wantedContact, bool) {
	return func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
		if !plainEnd.MatchString(s) || quoted.MatchString(s) {
			return "", nil, false
		}
		return strings.TrimSuffix(s, ".") + clause + ".", heldAsTold(told), true
	}
}

// relativeOn puts a relative clause on a party, the subject when it is one name, else a
// named object: "Y, who is expected to visit Beijing next month, met X".
func relativeOn(clause string) func(string, contactPredicate, toldContact) (string, []wantedContact, bool) {
	return func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
		if sf, st, ok := subjectSpan(s, p); ok && !strings.Contains(s[sf:st], " and ") && !strings.HasSuffix(strings.TrimSpace(s[:sf]), ",") {
			return s[:st] + ", " + clause + "," + s[st:], heldAsTold(told), true
		}
		_, ot, ok := namedObject(s, p)
		if !ok || strings.Contains(s[p.end:ot], " and ") || strings.Contains(s[p.end:ot], ",") {
			return "", nil, false
		}
		if rest := s[ot:]; rest == "" || strings.ContainsAny(rest[:1], ".,;") {
			return s[:ot] + ", " + clause + rest, heldAsTold(told), true
		}
		// A clause between the object and the words of time after it cuts them off their
		// predicate: "Kerry, who met HNC officials, who ..., on Saturday, had come" may
		// date the coming, not the meeting. Such a sentence does not take the edit.
		if timeAfter.MatchString(s[ot:]) {
			return "", nil, false
		}
		return s[:ot] + ", " + clause + "," + s[ot:], heldAsTold(told), true
	}
}

// timeAfter matches words of time that open the rest of a sentence.
var timeAfter = regexp.MustCompile(`^\s*(?i:on|in|at|last|this|earlier|late|yesterday|today|overnight)\b`)

// dashedAside puts an aside between dashes after the predicate's object, with a past year
// of its own: "X met Y - the first such contact since talks collapsed in 2019 - on Monday".
func dashedAside(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
	at, ok := objectEndAt(s, p)
	if !ok || !strings.HasPrefix(s[at:], " ") || quoted.MatchString(s) {
		return "", nil, false
	}
	aside := " - the first such contact since talks collapsed in " + strconv.Itoa(told.day.Year()-2) + " -"
	return s[:at] + aside + s[at:], heldAsTold(told), true
}

// quotedAfter follows the sentence with one of quoted speech that holds words of the
// future and of possibility: `"The sanctions will stay, and more may follow," an aide said.`
func quotedAfter(quote string) func(string, contactPredicate, toldContact) (string, []wantedContact, bool) {
	return func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
		if !strings.HasSuffix(s, ".") || quoted.MatchString(s) {
			return "", nil, false
		}
		return s + ` "` + quote + `," an aide said.`, heldAsTold(told), true
	}
}

// reportedTail matches the words after a predicate that make it a clause of a report or
// join more to it, where a second predicate could not attach to the first: "..., he said".
var reportedTail = regexp.MustCompile(`[,;:()]|\b(?:said|says|told|and|but|where|who|which|after|before|as|while)\b`)

// secondContact joins a contact ahead to the held one: "X met Y on Monday and agreed to
// meet again next month": the held one as told, the one ahead scheduled in the month after
// the story's.
func secondContact(words, mode string) func(string, contactPredicate, toldContact) (string, []wantedContact, bool) {
	return func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
		if !plainEnd.MatchString(s) || quoted.MatchString(s) || reportedTail.MatchString(s[p.end:]) {
			return "", nil, false
		}
		when, month, _ := nextMonth(told.day, 0)
		if strings.Contains(words, "MONTH") {
			when, month, _ = inMonth(told.day, 0)
		}
		out := strings.TrimSuffix(s, ".") + " " + strings.ReplaceAll(strings.ReplaceAll(words, "MONTH", strings.TrimPrefix(when, "in ")), "WHEN", when) + "."
		return out, append(heldAsTold(told), wantedContact{"scheduled", mode, month}), true
	}
}

// premodNouns are the nouns a premodifier of date tells a contact by, by its mode.
var premodNouns = map[string]string{"phone": "call", "meeting": "meeting", "video": "video call"}

// premodified tells the held contact as a noun whose date stands before it or right after
// it, its parties the subject of another verb: "X and Y agreed to more talks during
// Tuesday's call." The sentence is made anew of the parties (the words around them
// dropped); form gives the words for the contact's noun and told date, ok false when the
// date cannot be told so.
func premodified(form func(noun string, date, day time.Time) (words, wantDate string, ok bool)) func(string, contactPredicate, toldContact) (string, []wantedContact, bool) {
	return func(s string, p contactPredicate, told toldContact) (string, []wantedContact, bool) {
		noun, ok := premodNouns[told.mode]
		date, err := time.Parse(time.DateOnly, told.date)
		if !ok || err != nil {
			return "", nil, false
		}
		sf, st, ok := subjectSpan(s, p)
		if !ok {
			return "", nil, false
		}
		of, ot, ok := objectSpan(s, p)
		if !ok {
			return "", nil, false
		}
		parties := s[sf:st]
		if of < ot {
			parties += " and " + s[of:ot]
		} else if !strings.Contains(parties, " and ") {
			return "", nil, false
		}
		words, want, ok := form(noun, date, told.day)
		if !ok {
			return "", nil, false
		}
		return upperFirst(strings.ReplaceAll(words, "PARTIES", parties)) + ".", []wantedContact{{"held", told.mode, want}}, true
	}
}

// daysBefore tells whether date lies one to six days before the story day, where its
// weekday alone names it.
func daysBefore(date, day time.Time) bool {
	gap := int(day.Sub(date).Hours() / 24)
	return gap >= 1 && gap <= 6
}

// duringWeekdays tells the contact as "Tuesday's call" after another predicate of its
// parties: "X and Y agreed to more talks during Tuesday's call, the White House said."
func duringWeekdays(noun string, date, day time.Time) (string, string, bool) {
	return "PARTIES agreed to more talks during " + date.Weekday().String() + "'s " + noun + ", the ministry said", date.Format(time.DateOnly), daysBefore(date, day)
}

// lastWeeks tells the contact as "last week's meeting between X and Y", which names no
// day.
func lastWeeks(noun string, date, day time.Time) (string, string, bool) {
	monday := mondayOf(day)
	return "last week's " + noun + " between PARTIES focused on trade", "", !date.Before(monday.AddDate(0, 0, -7)) && date.Before(monday)
}

// calendarNoun tells the contact as "the March 2 call".
func calendarNoun(noun string, date, _ time.Time) (string, string, bool) {
	return "PARTIES discussed trade in the " + calendarStyle{}.print(date) + " " + noun, date.Format(time.DateOnly), true
}

// nounWeekdayEvening tells the contact as "a call Wednesday evening".
func nounWeekdayEvening(noun string, date, day time.Time) (string, string, bool) {
	return "PARTIES discussed trade in a " + noun + " " + date.Weekday().String() + " evening", date.Format(time.DateOnly), daysBefore(date, day)
}

// distractFamilies are the rewrites of TestDistractedTuneContacts by family: where the
// clause with words of another status or time stands, and the floor of the shares of
// rewritten contacts that keep their presence, status, date and mode (a little under
// what the importer reaches; raise them as it improves).
func distractFamilies() []struct {
	name     string
	floor    announcedShares
	rewrites []distractRewrite
} {
	return []struct {
		name     string
		floor    announcedShares
		rewrites []distractRewrite
	}{
		{"fronted", announcedShares{0.98, 0.98, 0.98, 0.98}, []distractRewrite{
			{"amid fears may", frontedBy("Amid fears the truce may collapse, ")},
			{"with elections due", frontedBy("With elections due next month, ")},
			{"despite doubts", frontedBy("Despite doubts about the deal, ")},
			{"after a cancelled visit", frontedBy("After a planned visit was cancelled last year, ")},
			{"as talks are expected", frontedBy("As talks are expected to resume next week, ")},
		}},
		{"trailing", announcedShares{0.98, 0.98, 0.98, 0.98}, []distractRewrite{
			{"while a summit could follow", trailedBy(", while aides said a summit could follow in the spring")},
			{"days before a vote", trailedBy(", days before a vote that could topple the government")},
			{"as negotiators prepared", trailedBy(", as negotiators prepared to meet again next week")},
		}},
		{"relative", announcedShares{0.97, 0.97, 0.97, 0.97}, []distractRewrite{
			{"who is expected to visit", relativeOn("who is expected to visit Beijing next month")},
			{"who has refused to meet", relativeOn("who has refused to meet opposition leaders")},
		}},
		{"aside", announcedShares{0.98, 0.98, 0.98, 0.98}, []distractRewrite{
			{"dashes with a year", dashedAside},
			{"quote will and may", quotedAfter("The sanctions will stay, and more may follow")},
			{"quote talks will resume", quotedAfter("Talks will resume when the time is right")},
		}},
		{"second contact", announcedShares{0.95, 0.95, 0.95, 0.95}, []distractRewrite{
			{"agreed to meet again", secondContact("and agreed to meet again WHEN", "meeting")},
			{"will hold talks in month", secondContact("and the two sides will hold talks again in MONTH", "meeting")},
		}},
		{"premodifier", announcedShares{0.93, 0.93, 0.93, 0.93}, []distractRewrite{
			{"during weekday's", premodified(duringWeekdays)},
			{"last week's", premodified(lastWeeks)},
			{"the calendar day", premodified(calendarNoun)},
			{"weekday evening", premodified(nounWeekdayEvening)},
		}},
	}
}

// distractSentence rewrites s by the named rewrite, its contact told as told: the
// sentence, the contacts wanted of its parties, or ok false when s cannot take it.
func distractSentence(rewrite, s string, told toldContact) (string, []wantedContact, bool) {
	body := strings.TrimRight(s, " \n")
	trail := s[len(body):]
	p, ok := findPredicate(body)
	if !ok || p.future {
		return "", nil, false
	}
	for _, f := range distractFamilies() {
		for _, r := range f.rewrites {
			if r.name == rewrite {
				out, want, ok := r.edit(body, p, told)
				return out + trail, want, ok
			}
		}
	}
	panic(fmt.Sprintf("no rewrite %q", rewrite))
}

func TestDistractRewrites(t *testing.T) {
	day := time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC) // a Friday
	tuesday := toldContact{day, "phone", "2024-03-05"}
	monday := toldContact{day, "meeting", "2024-03-04"}
	lastWeek := toldContact{day, "meeting", "2024-02-28"}
	for _, tc := range []struct {
		name, rewrite, in string
		told              toldContact
		want              string
		wants             []wantedContact
	}{
		{"fronted fears", "amid fears may", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Monday.", monday,
			"Amid fears the truce may collapse, Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Monday.", nil},
		{"fronted lowers the article", "with elections due", "The foreign minister held talks with Mads Kjeldsen on Monday.", monday,
			"With elections due next month, the foreign minister held talks with Mads Kjeldsen on Monday.", nil},
		{"fronted no opening after a comma", "despite doubts", "On Monday, Ortberg met Duroc.", monday, "", nil},
		{"trailing clause", "days before a vote", "Ortberg spoke by phone with Duroc on Tuesday.", tuesday,
			"Ortberg spoke by phone with Duroc on Tuesday, days before a vote that could topple the government.", nil},
		{"trailing no abbreviation", "while a summit could follow", "Ortberg met officials in the U.S.", monday, "", nil},
		{"relative on the subject", "who is expected to visit", "Ortberg met Duroc on Monday.", monday,
			"Ortberg, who is expected to visit Beijing next month, met Duroc on Monday.", nil},
		{"relative on the object", "who has refused to meet", "Ortberg and Kjeldsen met Duroc.", monday,
			"Ortberg and Kjeldsen met Duroc, who has refused to meet opposition leaders.", nil},
		{"dashes", "dashes with a year", "Ortberg met Duroc on Monday in Brussels.", monday,
			"Ortberg met Duroc - the first such contact since talks collapsed in 2022 - on Monday in Brussels.", nil},
		{"quote after", "quote will and may", "Ortberg met Duroc on Monday.", monday,
			`Ortberg met Duroc on Monday. "The sanctions will stay, and more may follow," an aide said.`, nil},
		{"second contact", "agreed to meet again", "Ortberg met Duroc on Monday.", monday,
			"Ortberg met Duroc on Monday and agreed to meet again next month.",
			[]wantedContact{{"held", "meeting", "2024-03-04"}, {"scheduled", "meeting", "2024-04"}}},
		{"second contact in a month", "will hold talks in month", "Ortberg met Duroc on Monday.", monday,
			"Ortberg met Duroc on Monday and the two sides will hold talks again in April.",
			[]wantedContact{{"held", "meeting", "2024-03-04"}, {"scheduled", "meeting", "2024-04"}}},
		{"no second contact after said", "agreed to meet again", "Ortberg met Duroc on Monday, aides said.", monday, "", nil},
		{"during weekday's call", "during weekday's", "Ortberg spoke by phone with Duroc on Tuesday.", tuesday,
			"Ortberg and Duroc agreed to more talks during Tuesday's call, the ministry said.",
			[]wantedContact{{"held", "phone", "2024-03-05"}}},
		{"last week's meeting", "last week's", "Ortberg met Duroc in Brussels.", lastWeek,
			"Last week's meeting between Ortberg and Duroc focused on trade.", []wantedContact{{"held", "meeting", ""}}},
		{"not last week", "last week's", "Ortberg met Duroc in Brussels.", monday, "", nil},
		{"the calendar day", "the calendar day", "Ortberg and Duroc met on Monday.", monday,
			"Ortberg and Duroc discussed trade in the March 4 meeting.", []wantedContact{{"held", "meeting", "2024-03-04"}}},
		{"weekday evening", "weekday evening", "Ortberg phoned Duroc.", tuesday,
			"Ortberg and Duroc discussed trade in a call Tuesday evening.", []wantedContact{{"held", "phone", "2024-03-05"}}},
		{"no day no premodifier", "the calendar day", "Ortberg phoned Duroc.", toldContact{day, "phone", ""}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, wants, ok := distractSentence(tc.rewrite, tc.in, tc.told)
			if !ok {
				got, wants = "", nil
			}
			if got != tc.want {
				t.Errorf("rewrite %s of %q\n got %q\nwant %q", tc.rewrite, tc.in, got, tc.want)
			}
			if tc.wants == nil && ok {
				tc.wants = heldAsTold(tc.told)
			}
			if fmt.Sprint(wants) != fmt.Sprint(tc.wants) {
				t.Errorf("rewrite %s of %q wants %v, want %v", tc.rewrite, tc.in, wants, tc.wants)
			}
		})
	}
}

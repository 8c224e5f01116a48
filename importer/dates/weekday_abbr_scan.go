package dates

import (
	"strings"
	"time"
)

// Wire copy, briefs and readouts shorten the day of the week ("met Y on Tues.", "spoke
// Thurs.", "will meet on Wed.", "on Tues"), and a missed day leaves the contact with the
// lead's or none. The short forms are also words and names of their own: "Sun" is a
// newspaper ("the Sun", "the Baltimore Sun."), a company and a place ("Sun Valley"),
// "Mon" a people and a state of Myanmar, "Thu" a given name, "Sat" and "Wed" verbs. So a
// short form is a day only where something vouches for it: a word before it that dates
// ("on", "last", "early"...), or the abbreviation's dot after a form that is no word
// ("Tues.", "Thurs."), or after one that is, past a lower-case word that is no
// determiner ("met him Wed."), never past a capitalised word, which may be a paper's
// or a place's name.

// abbrWeekdayPattern matches a short form of a weekday, whole, with the word before it that may
// vouch for it (group 1) and the dot after it (group 3).
const abbrWeekdayPattern = `\b(?:((?i:last|next|this|past|coming|on|early|late|by|until|till|since|before|after))\s+)?(Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\b(\.)?`

// abbrWeekdays finds "Tues.", "on Wed", "last Thurs." as weekdays; the dot is not part of
// the words kept (it may be the sentence's full stop).
func (f *Finder) abbrWeekdays(text string) []Expr {
	var out []Expr
	for _, loc := range f.abbrWeekday.FindAllStringSubmatchIndex(text, -1) {
		word := sub(text, loc, 2)
		wd, ok := weekdayNumber(word)
		lead := strings.ToLower(sub(text, loc, 1))
		dot := loc[6] >= 0
		if !ok || notADay(text[:loc[4]], text[loc[5]:]) || !abbrVouched(text[:loc[4]], text[loc[5]:], word, lead, dot) {
			continue
		}
		e := Expr{Kind: Weekday, Weekday: time.Weekday(wd), Start: loc[4], End: loc[5]}
		if shift := shiftOf(lead); shift != 0 {
			e.Start, e.Shift = loc[2], shift // "last Tues."
		}
		if e.Shift == 0 && f.lastWeekAfter.MatchString(text[loc[5]:]) {
			e.LastWeek = true // "on Mon. last week"
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
	}
	return out
}

// abbrVouched reports a short form of a weekday that something around it makes a day (see
// above), given the text before and after the form, the form, the word before it that
// the pattern took (lower-cased, or "") and whether a dot follows it.
func abbrVouched(before, after, word, lead string, dot bool) bool {
	if lead != "" {
		// "on Sun Valley", "on Mon State": a capitalised word right after a form
		// without its dot makes the form part of a name
		rest := strings.TrimLeft(after, " \t")
		return dot || rest == "" || rest[0] < 'A' || rest[0] > 'Z'
	}
	if !dot {
		return false
	}
	switch word {
	case "Tues", "Thur", "Thurs", "Weds":
		return true // no word of English
	}
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	prev := fields[len(fields)-1]
	if prev == "," || strings.HasSuffix(prev, ",") {
		return false // "Mr. Thu, Ms. Sun."
	}
	switch prev {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your":
		return false // "the Sun."
	}
	return prev[0] >= 'a' && prev[0] <= 'z'
}

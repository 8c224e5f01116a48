package dates

import "time"

// Holidays on a fixed day of the calendar date what happens on them as a day of a month
// does, taking the year as "Dec. 25" would: "spoke by phone on Christmas Day", "met on New
// Year's Eve". Holidays whose day moves (Easter, Eid, the Lunar New Year) name no day
// without a calendar of their own, and are left out.

// holidayPattern matches the fixed-day holidays of holidays, in their usual capitals.
const holidayPattern = `\b(Christmas Day|Christmas Eve|New Year(?:'s|’s) Day|New Year(?:'s|’s) Eve|Boxing Day)\b`

// holidayDay gives the month and day of a holiday holidayPattern matched.
func holidayDay(name string) (time.Month, int) {
	switch name {
	case "Christmas Day":
		return time.December, 25
	case "Christmas Eve":
		return time.December, 24
	case "Boxing Day":
		return time.December, 26
	}
	if name[len(name)-3:] == "Eve" {
		return time.December, 31
	}
	return time.January, 1
}

// holidays finds "Christmas Day", "New Year's Eve" as days of a month without a year.
func (f *Finder) holidays(text string) []Expr {
	var out []Expr
	for _, loc := range f.holiday.FindAllStringIndex(text, -1) {
		m, d := holidayDay(text[loc[0]:loc[1]])
		out = append(out, Expr{Kind: Absolute, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]], Month: m, Day: d})
	}
	return out
}

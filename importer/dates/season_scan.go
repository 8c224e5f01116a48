package dates

import "strings"

// Seasons and decades ("last summer", "in the spring of 2019", "in the 1990s") name no day
// or month: a contact told of them keeps the words and no date, as one of "last week"
// does. Found, they also tell that the text has moved to another time, so that a contact
// told "last summer" is not given the day of the story's lead.

// seasonPattern matches a season's name in lower case after a word that makes it a time
// (submatch 1: "last", "next", "this", "past", "coming"; 2: a preposition, "in the",
// "during"; 3: "the" alone), with "early", "late" or "mid" before it and a year after it:
// "last summer", "in the spring", "over the winter", "in early autumn", "summer 2023",
// "the summer of 2019" (submatch 4 the season, 5 the year). A capitalised season is a
// name ("the Arab Spring", "Spring Festival") and is not matched.
const seasonPattern = `\b(?:(?i:(last|next|this|past|coming)\s+)|(?i:(in|during|over|by|since|until|till|through|throughout|for|before|after)\s+)(?i:the\s+)?|(?i:(the)\s+))?` +
	`(?:(?i:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)(?:,?\s+(?:of\s+)?(\d{4}))?\b`

// decadePattern matches a decade in figures, with "early", "late" or "mid" before it: "the
// 1990s", "the early 2000s", "the mid-1980s".
const decadePattern = `\b(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?\d{3}0s\b`

// seasons finds seasons told as a time: with a word before them that makes them one, or
// a year after them ("the summer of 2019" needs its year; "the summer" alone is too often
// a season spoken of). A season followed by "of" and no year is another thing's ("the
// fall of Kabul", "the spring of the revolution").
func (f *Finder) seasons(text string) []Expr {
	var out []Expr
	for _, loc := range f.season.FindAllStringSubmatchIndex(text, -1) {
		lead := sub(text, loc, 1) + sub(text, loc, 2)
		if sub(text, loc, 5) == "" && (lead == "" || nextWordIs(text[loc[1]:], "of")) {
			continue
		}
		start := loc[0]
		if sub(text, loc, 2) != "" {
			start = loc[5] // "in the spring": the words after the preposition
			start += len(text[start:]) - len(strings.TrimLeft(text[start:], " \t\n"))
		}
		out = append(out, Expr{Kind: Span, Start: start, End: loc[1], Text: text[start:loc[1]]})
	}
	return out
}

// decades finds "the 1990s", "the early 2000s".
func (f *Finder) decades(text string) []Expr {
	var out []Expr
	for _, loc := range f.decade.FindAllStringIndex(text, -1) {
		out = append(out, Expr{Kind: Span, Start: loc[0], End: loc[1], Text: text[loc[0]:loc[1]]})
	}
	return out
}

// nextWordIs reports rest opening with the word w after spaces: " of Kabul" with "of".
func nextWordIs(rest, w string) bool {
	rest = strings.TrimLeft(rest, " \t\n")
	return len(rest) > len(w) && strings.EqualFold(rest[:len(w)], w) && !isRegexpWordByte(rest[len(w)])
}

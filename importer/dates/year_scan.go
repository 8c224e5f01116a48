package dates

import "strings"

// A year alone dates a contact to no day or month ("The two first met in 2019", "had
// spoken last year"): the extraction guidelines keep such words as a contact's date_text
// with no date, as they keep "last week". Found, the year also keeps a contact recalled
// from it from taking the story's day.

// yearOnlyPattern matches a year after "in" or "during", with "early", "late" or "mid"
// before it ("in 2019", "in early 2019", "during mid-2019"), or a year counted from
// publication ("last year", "next year", "this year", "earlier this year", "later this
// year").
const yearOnlyPattern = `\b(?:(?i:in|during)\s+((?i:early|late|mid)[- ])?((?:1\d|20)\d\d)\b|((?i:last|next|this)\s+year|(?i:earlier|later)\s+this\s+year)\b)`

// yearsOnly finds a year alone; a year right before a word of its phrase is another
// thing's ("in 2019 elections", "in 2019 dollars"), and one that opens a span of years
// ("in 2011-12") names none.
func (f *Finder) yearsOnly(text string) []Expr {
	var out []Expr
	for _, loc := range f.yearOnly.FindAllStringSubmatchIndex(text, -1) {
		e := Expr{Kind: YearOnly, End: loc[1]}
		switch {
		case loc[6] >= 0:
			if yearOfDate(text[:loc[6]]) {
				continue
			}
			e.Start = loc[6]
			e.YearShift, e.HasYearShift = yearShiftOf(sub(text, loc, 3)), true
		default:
			if rest := text[loc[1]:]; !phraseEnds(rest) && !clauseOpens(rest) || yearSpan(rest) {
				continue
			}
			e.Start, e.Year = loc[4], atoi(sub(text, loc, 2))
			if loc[2] >= 0 {
				e.Start = loc[2]
			}
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
	}
	return out
}

// clauseOpens reports text that goes on with a word that opens a clause of its own, a
// subject pronoun or a determiner: "In 2019 he met Y", "in 1741 the treaty lapsed", where a
// year is told with no comma after it; a noun after the year is its own ("in 2019 dollars").
func clauseOpens(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch strings.ToLower(w) {
	case "he", "she", "it", "we", "they", "i", "you", "the", "a", "an", "his", "her", "its", "their", "our", "there":
		return true
	}
	return false
}

// yearShiftOf reads the year that "last year", "next year" or "earlier this year" count
// from publication.
func yearShiftOf(words string) int {
	first, _, _ := strings.Cut(strings.ToLower(words), " ")
	return shiftOf(first)
}

// yearOfDate reports text that ends in a month or a day of one, whose year the words
// after it give ("in March last year", "on 4 December last year"): the month's.
func yearOfDate(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[len(f)-1], ".,")
	_, month := MonthNumber(w)
	return month || w != "" && allDigits(strings.TrimRight(w, "stndrdth"))
}

// yearSpan reports text that goes on with a dash and a figure: the rest of "2011-12".
func yearSpan(rest string) bool {
	for _, dash := range []string{"-", "–", "/"} {
		if r, ok := strings.CutPrefix(rest, dash); ok && r != "" && isDigit(r[0]) {
			return true
		}
	}
	return false
}

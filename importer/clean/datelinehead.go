package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"hotline/importer/dates"
)

// undatedHead is the word the wires print in a dateline's place for a story filed from no
// one place (a roundup, a story written from several bureaus): "UNDATED (AP) _".
const undatedHead = "undated"

// readHead fills the place and date of dl from the words before the separator, and
// rejects heads that are not a place or a date: too long, lower-case words, or a label
// such as "Update" or "Analysis". A place that opens with "The" ("THE HAGUE") is taken only
// when the dateline is framed, by a comma and a country or date after it or by an agency
// (framed), since "The Latest:" is a label.
func readHead(head string, framed bool, dl *Dateline) bool {
	var places []string
	parts := strings.Split(head, ",")
	framed = framed || len(parts) > 1
	for i, part := range parts {
		part = strings.TrimSpace(part)
		switch {
		case i == 0 && strings.EqualFold(part, undatedHead):
			// "UNDATED (AP) _": a wire story filed from no one place; a dateline, no place
		case i == 0 && framed && isArticlePlace(part):
			places = append(places, properCase(part))
		case isDayOfMonth(part):
			dl.Date = part
		case dl.Date == "" && isWeekday(part):
			dl.Date = part // "PARIS, Tuesday —": the day of the week the story was filed
		case dl.Date != "" && !strings.Contains(dl.Date, ",") && isYear(part):
			dl.Date += ", " + part // "June 10, 2025": the year of the day told before it
		case isPlace(part):
			places = append(places, properCase(part))
		case bracketedPlace(part) != nil:
			places = append(places, bracketedPlace(part)...) // "New Delhi [India]", as ANI writes it
		default:
			return false
		}
	}
	if len(places) > 2 {
		return false
	}
	dl.Place = strings.Join(places, ", ")
	return true
}

// isDayOfMonth reports "Feb. 1", "March 3", "1 February", and with its year after it, "1
// February 2025", as agencies print the day of a story.
func isDayOfMonth(s string) bool {
	f := strings.Fields(s)
	if len(f) == 3 && isYear(f[2]) {
		f = f[:2]
	}
	if len(f) != 2 {
		return false
	}
	isDay := func(w string) bool { return len(w) <= 2 && strings.Trim(w, "0123456789") == "" }
	isMonth := func(w string) bool { _, ok := dates.MonthNumber(strings.TrimSuffix(w, ".")); return ok }
	return (isMonth(f[0]) && isDay(f[1])) || (isDay(f[0]) && isMonth(f[1]))
}

// isPlace reports one to three capitalised words that are not a label word.
func isPlace(s string) bool {
	if s == "" || !wordsAtMost(s, 3) || !allNameWords(s) {
		return false
	}
	switch strings.ToLower(strings.Fields(s)[0]) {
	case "the", "a", "an", "update", "updated", "breaking", "exclusive", "analysis", "opinion",
		"editorial", "note", "editor's", "watch", "live", "video", "photos", "photo", "read",
		"related", "warning", "correction", "comment", "explainer", "he", "she", "it", "they",
		"we", "i", "this", "that", "but", "and", "or", "so", "yes", "no", "q", "a:", "file":
		return false
	}
	return true
}

// isArticlePlace reports a place of one or two capitalised words after "The": "THE HAGUE".
func isArticlePlace(s string) bool {
	article, place, ok := strings.Cut(s, " ")
	return ok && strings.EqualFold(article, "the") && wordsAtMost(place, 2) && isPlace(place)
}

// properCase gives all-capital words of a place ordinary case ("KYIV" -> "Kyiv",
// "WASHINGTON/MOSCOW" -> "Washington/Moscow") and keeps abbreviations with dots ("D.C.")
// and mixed-case words as printed.
func properCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "/")
		for k, part := range parts {
			parts[k] = properWord(part)
		}
		words[i] = strings.Join(parts, "/")
	}
	return strings.Join(words, " ")
}

// properWord lower-cases all but the first letter of an all-capital word of letters.
func properWord(w string) string {
	if utf8.RuneCountInString(w) < 2 || w != strings.ToUpper(w) ||
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// isYear reports a year of four figures from 1900 on: "2025".
func isYear(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == "" && (s[:2] == "19" || s[:2] == "20")
}

// bracketedPlace reads a place with its country in square brackets, "New Delhi [India]",
// as the places "New Delhi" and "India", or returns nil.
func bracketedPlace(s string) []string {
	place, country, ok := strings.Cut(s, "[")
	country, rest, closed := strings.Cut(country, "]")
	place, country = strings.TrimSpace(place), strings.TrimSpace(country)
	if !ok || !closed || rest != "" || !isPlace(place) || !isPlace(country) {
		return nil
	}
	return []string{properCase(place), properCase(country)}
}

// isWeekday reports the name of a day of the week, "Tuesday", as a dateline prints it.
func isWeekday(s string) bool {
	es := dates.Find(s)
	return len(es) == 1 && es[0].Kind == dates.Weekday && es[0].Text == s
}

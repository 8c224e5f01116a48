package importer

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// dateWords is what the words of an unresolved date ("on Saturday", "Jan. 21", "in July")
// still tell: a weekday, a month, a day of the month. Zero values mean "not said".
type dateWords struct {
	Weekday time.Weekday
	HasDay  bool // Weekday is set
	Month   time.Month
	Day     int
}

// parseDateWords reads weekday and month names (full or abbreviated) and a day of the
// month next to a month name from a date text.
func parseDateWords(text string) dateWords {
	var w dateWords
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, word := range words {
		if d, ok := weekdayWord(word); ok && !w.HasDay {
			w.Weekday, w.HasDay = d, true
			continue
		}
		m, ok := monthWord(word)
		if !ok || w.Month != 0 {
			continue
		}
		w.Month = m
		for _, j := range []int{i + 1, i - 1} { // "Jan. 21" or "21 January"
			if j >= 0 && j < len(words) {
				if n, err := strconv.Atoi(words[j]); err == nil && n >= 1 && n <= 31 {
					w.Day = n
					break
				}
			}
		}
	}
	return w
}

// weekdayWord recognizes "saturday", "sat", "tues", "thurs"...
func weekdayWord(word string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if nameOrAbbreviation(word, d.String(), 5) {
			return d, true
		}
	}
	return 0, false
}

// monthWord recognizes "january", "jan", "sept"... "may" counts: in a date text it is
// the month.
func monthWord(word string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		if nameOrAbbreviation(word, m.String(), 4) {
			return m, true
		}
	}
	return 0, false
}

// nameOrAbbreviation reports whether the lower-case word is name or its first three to
// maxLen letters.
func nameOrAbbreviation(word, name string, maxLen int) bool {
	name = strings.ToLower(name)
	return word == name || (len(word) >= 3 && len(word) <= maxLen && strings.HasPrefix(name, word))
}

// dayFromPublication reports date words that count a day from the publication date.
func dayFromPublication(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "today", "tonight", "yesterday", "tomorrow", "last night", "this morning", "this afternoon", "this evening":
		return true
	}
	return false
}

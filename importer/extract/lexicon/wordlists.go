package lexicon

import (
	"strings"
	"time"

	"hotline/importer/dates"
)

// Closed word classes, as switches: constant tables that cannot be mutated.

// IsDateWord reports a month or weekday name written in full, or an abbreviation with its
// period ("Jan."), or a weekday's short form that is no name ("Tues", "Thurs"): such words
// are not part of a person's name ("met Karl Nehammer Thurs."). A bare "Jun" may be one
// (Dong Jun), and so may "Thu" and "Sun"; importer/dates knows every spelling.
func IsDateWord(w string) bool {
	n, month := dates.MonthNumber(strings.TrimSuffix(w, "."))
	full := month && (strings.HasSuffix(w, ".") || strings.EqualFold(w, time.Month(n).String()))
	return full || dates.IsWeekday(w) && len(w) > 3
}

// IsParticle reports whether a lower-case word may stand inside a name (bin Salman).
func IsParticle(w string) bool {
	switch w {
	case "al", "bin", "ibn", "bint", "abu", "de", "da", "del", "della", "di", "dos", "das", "van",
		"von", "der", "den", "le", "la", "el", "du", "ter", "y":
		return true
	}
	return false
}

// IsPronoun reports whether a lowercased word is a singular personal subject pronoun.
func IsPronoun(w string) bool {
	return w == "he" || w == "she"
}

// IsMeal reports meal nouns that are contacts with their named guests, and the meals a
// host gives ("hosted breakfast", "hosted a dinner").
func IsMeal(w string) bool {
	switch w {
	case "breakfast", "brunch", "lunch", "luncheon", "dinner", "supper", "banquet":
		return true
	}
	return false
}

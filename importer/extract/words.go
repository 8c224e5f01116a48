package extract

import (
	"strings"
	"time"

	"hotline/importer/dates"
)

// Closed word classes, as switches: constant tables that cannot be mutated.

// isDateWord reports a month or weekday name written in full, or an abbreviation with its
// period ("Jan."): such words are not part of a person's name. A bare "Jun" may be one
// (Dong Jun), and importer/dates knows every spelling.
func isDateWord(w string) bool {
	n, month := dates.MonthNumber(strings.TrimSuffix(w, "."))
	full := month && (strings.HasSuffix(w, ".") || strings.EqualFold(w, time.Month(n).String()))
	return full || dates.IsWeekday(w) && len(w) > 5
}

// isParticle reports whether a lower-case word may stand inside a name (bin Salman).
func isParticle(w string) bool {
	switch w {
	case "al", "bin", "ibn", "bint", "abu", "de", "da", "del", "della", "di", "dos", "das", "van",
		"von", "der", "den", "le", "la", "el", "du", "ter", "y":
		return true
	}
	return false
}

// isPronoun reports whether a lowercased word is a singular personal subject pronoun.
func isPronoun(w string) bool {
	return w == "he" || w == "she"
}

// isMeal reports meal nouns that are contacts with their named guests.
func isMeal(w string) bool {
	return w == "dinner" || w == "lunch" || w == "breakfast" || w == "luncheon"
}

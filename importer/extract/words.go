package extract

import (
	"strings"
	"time"

	"hotline/importer/dates"
)

// Closed word classes, as switches: constant tables that cannot be mutated.

// isSpeechVerb reports whether a lowercased word attributes speech or writing.
func isSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "warned",
		"warns", "wrote", "writes", "tweeted", "posted", "announced", "noted", "notes", "insisted",
		"insists", "explained", "declared", "argued", "argues", "asked", "replied", "responded",
		"emphasized", "emphasised", "underscored", "underlined", "urged", "acknowledged",
		"admitted", "claimed", "confirmed", "stated", "reiterated", "cautioned", "recalled",
		"remarked", "commented", "continued", "saying", "adding", "telling", "noting",
		"warning", "stressing", "insisting", "explaining", "writing", "announcing", "declaring",
		"quoted", "quipped", "vowed", "pledged", "promised", "predicted", "complained",
		"conceded", "observed", "assured", "affirmed", "charged", "countered", "retorted",
		"reported", "reports", "contended", "suggested", "denied", "accused", "described",
		"citing", "cited":
		return true
	}
	return false
}

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

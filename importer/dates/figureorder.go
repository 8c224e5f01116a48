package dates

import "strings"

// figures is the order a site writes a date in figures: "10/06/2025" is 10 June in
// London and October 6 in New York.
type figures int

const (
	orderUnknown figures = iota
	dayFirst
	monthFirst
)

// figureOrder reads the order of a stamp's figures from the time zone the same stamp
// prints: British, European, Indian and Australian zones go with the day first ("10/06/2025
// 08:39 BST"), North American ones with the month first ("06/10/2025 8:39 AM EDT"). A stamp
// with no zone, or with zones of both ways, tells nothing, and its ambiguous figures stay
// unread.
func figureOrder(words []string) figures {
	order := orderUnknown
	for _, w := range words {
		var o figures
		switch strings.ToUpper(strings.Trim(w, ".:")) {
		case "BST", "GMT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "SAST", "AEST", "AEDT", "AWST", "NZST", "NZDT":
			o = dayFirst
		case "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "PT", "AKST", "AKDT", "HST":
			o = monthFirst
		default:
			continue
		}
		if order != orderUnknown && order != o {
			return orderUnknown
		}
		order = o
	}
	return order
}

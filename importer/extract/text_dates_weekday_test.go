package extract_test

import "testing"

// TestWeekdayBeforeItsDate reads a weekday and the date printed after it, "Thursday (Mar
// 14)", "Thursday, March 14", as one date told where the weekday stands: a gathering that
// "opened Thursday (Mar 14)" dates the meeting told right after it as "opened Thursday"
// does, not the lead's day. The articles are of Friday 2024-03-15.
func TestWeekdayBeforeItsDate(t *testing.T) {
	x := newExtractor(t)
	const fri = "2024-03-15"
	kz := []string{"Ana Kovac", "Marko Zupan"}
	lead := "WASHINGTON Foreign Minister Ana Kovac hailed the grain deal on Friday as a success, as ministers took stock of the talks.\n\n" +
		"Grain prices rose.\n\nShips waited in port.\n\nFarmers protested.\n\nExports doubled.\n\nThe tariffs stayed.\n\n"
	const after = ", ministers trained their focus on grain exports. Kovac discussed steps to ease shipping during a meeting with Slovenian Prime Minister Marko Zupan."
	runDateCases(t, x, []dateCase{
		{"a weekday alone", lead + "As the summit opened Thursday" + after, fri, kz, "2024-03-14", "Thursday"},
		{"a weekday and its date in brackets", lead + "As the summit opened Thursday (Mar 14)" + after, fri, kz, "2024-03-14", "Mar 14"},
	})
}

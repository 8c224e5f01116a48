package extract_test

import "testing"

// TestTheirTalksInOpening covers "their talks" deep in a sentence-opening adverbial, "At a
// news conference after their talks on Tuesday, X and Y said", "Speaking to reporters
// after their meeting on Tuesday, X and Y ...": the talks are the pair's, and the day told
// with them dates them; so does "the talks" there ("At a news conference after the talks on
// Tuesday, X and Y said"). One person after the comma is no pair, and "After the talks on
// Tuesday," opening the sentence refers back.
func TestTheirTalksInOpening(t *testing.T) {
	x := newExtractor(t)
	// the story's day is told first, so that no lead day dates the contact
	const lead = "Protesters blocked roads in Santiago on Thursday, police said.\n\nThe unrest began in January.\n\n"
	const pair = "Chilean Foreign Minister Rosa Fuentes and Argentine Foreign Minister Pablo Ibarra"
	var cases []contactCase
	for _, r := range []struct{ name, opener, after, date, dateText string }{
		{"at a news conference after their talks", "At a news conference after their talks on Tuesday, ", " said trade would grow.", "2026-03-10", "Tuesday"},
		{"at a joint news conference following their talks", "At a joint news conference following their talks in Santiago on Monday, ", " pledged to reopen the pass.", "2026-03-09", "Monday"},
		{"speaking to reporters after their meeting", "Speaking to reporters after their meeting on Tuesday, ", " said trade would grow.", "2026-03-10", "Tuesday"},
		{"at a news conference after the talks", "At a news conference after the talks on Tuesday, ", " said trade would grow.", "2026-03-10", "Tuesday"},
		{"at a joint press conference following the talks", "At a joint press conference following the talks in Santiago on Monday, ", " pledged to reopen the pass.", "2026-03-09", "Monday"},
		{"speaking to reporters after the meeting", "Speaking to reporters after the meeting on Tuesday, ", " said trade would grow.", "2026-03-10", "Tuesday"},
		{"the talks opening the sentence refer back", "After the talks on Tuesday, ", " said trade would grow.", "", ""},
	} {
		cases = append(cases, contactCase{r.name, lead + r.opener + pair + r.after, "2026-03-12", []contactWant{{[]string{"Rosa Fuentes", "Pablo Ibarra"}, "meeting", "held", r.date, r.dateText}}})
	}
	cases = append(cases, contactCase{"one person is no pair", lead + "At a news conference after their talks on Tuesday, Chilean Foreign Minister Rosa Fuentes said trade would grow.", "2026-03-12", nil},
		contactCase{"one person after the talks is no pair", lead + "At a news conference after the talks on Tuesday, Chilean Foreign Minister Rosa Fuentes said trade would grow.", "2026-03-12", nil})
	runContactCases(t, x, cases)
}

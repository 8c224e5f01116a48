package extract_test

import "testing"

// TestPurposePast covers a contact that is the purpose of a journey told as made, with
// its own day after it: "flew to Kyiv to meet Y on Monday" in a paper of Tuesday was met
// (held), since the day is past when the article is written; a day ahead ("on Thursday"),
// the day of publication, a journey still under way ("is travelling to") and a plan told
// in the past ("was due to meet") stay scheduled.
func TestPurposePast(t *testing.T) {
	x := newExtractor(t)
	const okafor, lind = "Nigerian Foreign Minister Chidi Okafor", "Swedish Foreign Minister Maja Lind"
	// each case is okafor, then went, then lind, then day, in a paper of Tuesday, March 10, 2026
	type row struct{ name, went, day, status, date string }
	rows := []row{
		{"flew to meet on a past weekday", "flew to Stockholm to meet", "on Monday", "held", "2026-03-09"},
		{"travelled to hold talks on a past day", "travelled to Stockholm to hold talks with", "on Sunday", "held", "2026-03-08"},
		{"headed to meet on a past month day", "headed to Stockholm to meet", "on March 7", "held", "2026-03-07"},
		{"flew to meet on a weekday ahead", "flew to Stockholm to meet", "on Thursday", "scheduled", "2026-03-12"},
		{"flew to meet on the day of publication", "flew to Stockholm to meet", "on Tuesday", "scheduled", "2026-03-10"},
		{"is travelling to meet", "is travelling to Stockholm to meet", "on Monday", "scheduled", "2026-03-16"},
		{"was due to meet", "was due to meet", "on Monday", "scheduled", "2026-03-09"},
	}
	var cases []contactCase
	for _, r := range rows {
		text := okafor + " " + r.went + " " + lind + " " + r.day + ", his ministry said."
		day := r.day[len("on "):]
		cases = append(cases, contactCase{r.name, text, "2026-03-10", []contactWant{{[]string{"Chidi Okafor", "Maja Lind"}, "meeting", r.status, r.date, day}}})
	}
	runContactCases(t, x, cases)
}

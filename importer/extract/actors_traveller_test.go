package extract_test

import "testing"

// TestStayPronoun covers "During the visit, he met Y" and "While in Tokyo, she also met Y"
// after a sentence telling X's journey, with someone else's words between: the pronoun is
// X, the traveller, and the contact is X's with Y (before, it was the last speaker's, or
// none when the last speaker was Y). An opener of no stay ("After the visit", "During the
// talks") keeps the pronoun's ordinary antecedent.
func TestStayPronoun(t *testing.T) {
	x := newExtractor(t)
	const trip = "Kenyan Foreign Minister Otieno Kamau flew to Seoul on Monday. "
	const wongTrip = "Australian Foreign Minister Penny Wong began a three-day visit to Jakarta on Monday. "
	type row struct{ name, text, a, b string }
	rows := []row{
		{"during the visit after an aide's words", trip + "Trade Secretary Daniel Mwangi said the trip would lift exports.\n\nDuring the visit, he met South Korean Foreign Minister Cho Hyun-woo.", "Otieno Kamau", "Cho Hyun-woo"},
		{"while in a city after the host's words", trip + "South Korean Foreign Minister Cho Hyun-woo said the trip was overdue.\n\nWhile in Seoul, he also met Cho.", "Otieno Kamau", "Cho Hyun-woo"},
		{"during his stay with no comma", trip + "Trade Secretary Daniel Mwangi said the trip would lift exports. During his stay he held talks with South Korean Prime Minister Han Seung-woo.", "Otieno Kamau", "Han Seung-woo"},
		{"while there after a visit begun", wongTrip + "Opposition leader Sussan Ley told reporters the trip was overdue.\n\nWhile there, she met Indonesian Foreign Minister Sugiono.", "Penny Wong", "Sugiono"},
	}
	// an opener of no stay: the aide, the last to speak, is "he"
	for _, opener := range []string{"After the visit", "During the talks"} {
		rows = append(rows, row{opener + " is no stay", trip + "Trade Secretary Daniel Mwangi said the trip would lift exports.\n\n" + opener + ", he met South Korean Foreign Minister Cho Hyun-woo.", "Daniel Mwangi", "Cho Hyun-woo"})
	}
	var cases []contactCase
	for _, r := range rows {
		cases = append(cases, contactCase{r.name, r.text, "2026-03-10", []contactWant{{[]string{r.a, r.b}, "meeting", "held", "2026-03-09", "Monday"}}})
	}
	runContactCases(t, x, cases)
}

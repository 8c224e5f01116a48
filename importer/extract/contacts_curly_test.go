package extract_test

import "testing"

// TestCurlyApostrophes covers copy printed with typographic apostrophes, as about a third
// of real articles are: "didn’t meet" is as negated as "didn't meet", and "Putin’s" is
// as possessive as "Putin's".
func TestCurlyApostrophes(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"hasn’t spoken", "Secretary of State Antony Blinken said he hasn’t spoken with Foreign Minister Sergei Lavrov since January.", "", nil},
		{"didn’t meet", "French President Emmanuel Macron didn’t meet Russian President Vladimir Putin on Friday, officials said.", "", nil},
		{"won’t meet", "Turkish President Recep Tayyip Erdogan won’t meet Syrian President Bashar al-Assad this week.", "", nil},
		{"didn't, straight", "French President Emmanuel Macron didn't meet Russian President Vladimir Putin on Friday, officials said.", "", nil},
		{"they don't speak", "Lawyer Colin Yeo said the form was too long. Caitlin Boswell of Amnesty said: \"No one should lose out because of a form in a language they don’t speak.\"", "", nil},
		{"wouldn’t refuse: possible", "Russian President Vladimir Putin wouldn’t refuse a meeting with Ukrainian President Volodymyr Zelensky, the Kremlin said.", "",
			[]contactWant{{names: []string{"Vladimir Putin", "Volodymyr Zelensky"}, mode: "meeting", status: "proposed"}}},
		{"a possessive before the call keeps the call", "Russian President Vladimir Putin’s spokesman said Putin spoke with French President Emmanuel Macron by phone on Friday.", "",
			[]contactWant{{names: []string{"Vladimir Putin", "Emmanuel Macron"}, mode: "phone", status: "held", dateText: "Friday"}}},
	}
	runContactCases(t, x, cases)
}

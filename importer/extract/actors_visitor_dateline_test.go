package extract_test

import "testing"

// TestVisitorOfDatelineCountry covers a holder of a national office whose country the text
// never states, visiting the country the story is about: filed from another country's
// capital, the visitor is of the dateline's country; filed from the visited country, or
// with no dateline, of none.
func TestVisitorOfDatelineCountry(t *testing.T) {
	x := newExtractor(t)
	text := "Israel announced new settlements on Tuesday. Vice President Aldo Brennick arrived in Israel on Monday. Israeli officials said Israel would go ahead with the plan."
	cases := []datelineCase{
		{"filed from another capital", "Washington", text, "Aldo Brennick", "US"},
		{"filed from the visited country", "Jerusalem", text, "Aldo Brennick", ""},
		{"no dateline", "", text, "Aldo Brennick", ""},
	}
	runDatelineCases(t, x, cases)
}

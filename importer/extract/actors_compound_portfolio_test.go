package extract_test

import "testing"

// TestCompoundForeignPortfolio covers a foreign ministry that also holds another
// portfolio ("Minister of Foreign Affairs and Trade"): the whole title is the foreign
// minister's, so the country before it and the comma after it reach the name.
func TestCompoundForeignPortfolio(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"country before a foreign and trade minister", "Officials met the Canadian Minister of Foreign Affairs and International Trade, Leo Marchand, in Ottawa.",
			[]actorWant{{"Leo Marchand", "Foreign Minister", "CA"}}, nil},
		{"demonym before the title with a comma", "The talks were held with the Irish Minister for Foreign Affairs and Trade, Sean Fallon.",
			[]actorWant{{"Sean Fallon", "Foreign Minister", "IE"}}, nil},
		{"of-country after a cooperation portfolio", "Minister of Foreign Affairs and International Cooperation of Italy Marco Bellini spoke.",
			[]actorWant{{"Marco Bellini", "Foreign Minister", "IT"}}, nil},
	}
	runActorCases(t, x, cases)
}

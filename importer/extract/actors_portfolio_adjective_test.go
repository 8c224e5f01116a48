package extract_test

import "testing"

// TestPortfolioAdjectiveKeepsCountry covers a lower-case word of a remit between a
// demonym and an office ("Russian economic envoy X"): the demonym is still the office's
// country, which a name the gazetteer does not know can get from nowhere else.
func TestPortfolioAdjectiveKeepsCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"economic envoy", "Russian economic envoy Pavel Grushin arrived in Geneva on Thursday.",
			[]actorWant{{"Pavel Grushin", "", "RU"}}, nil},
		{"nuclear negotiator", "Iranian nuclear negotiator Dariush Karimi said the talks would resume.",
			[]actorWant{{"Dariush Karimi", "", "IR"}}, nil},
		{"special envoy", "The French special envoy Lucien Morvan met rebel leaders on Monday.",
			[]actorWant{{"Lucien Morvan", "", "FR"}}, nil},
	}
	runActorCases(t, x, cases)
}

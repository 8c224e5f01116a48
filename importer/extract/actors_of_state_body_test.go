package extract_test

import "testing"

// TestOfStateBody covers a name followed by "of the <demonym> <body>": the person serves
// that state; a demonym before a body that is no state's gives no country.
func TestOfStateBody(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"colonel of a national army", "Colonel Ivan Petrov of the Russian army met the officers.",
			[]actorWant{{"Ivan Petrov", "", "RU"}}, nil},
		{"official of a foreign ministry", "\"The talks went well,\" said Mr. Somchai Suwan of the Thai foreign ministry.",
			[]actorWant{{"Somchai Suwan", "", "TH"}}, nil},
		{"scholar of a private institute", "Analyst Mark Rowe of the American Enterprise Institute said the talks failed.",
			[]actorWant{{"Mark Rowe", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

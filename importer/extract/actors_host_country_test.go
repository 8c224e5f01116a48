package extract_test

import "testing"

// TestHostCountry covers an office completed by a place: an ambassador to a country, or an
// envoy for it, serves another state, named before the office; only "of" makes the place
// the office holder's country.
func TestHostCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"demonym ambassador to a country", "According to Afghan Ambassador to the United States Hamdullah Mohib, the team shows progress.",
			[]actorWant{{"Hamdullah Mohib", "Ambassador", "AF"}}, nil},
		{"possessive country ambassador to a country", "Russia's Ambassador to Britain Andrei Kelin met officials.",
			[]actorWant{{"Andrei Kelin", "Ambassador", "RU"}}, nil},
		{"ambassador to a country with no sender", "Ambassador to Japan Rahm Emanuel said the talks went well.",
			[]actorWant{{"Rahm Emanuel", "Ambassador", ""}}, nil},
		{"prime minister of a country", "Prime Minister of Iceland Katrin Jakobsdottir spoke.",
			[]actorWant{{"Katrin Jakobsdottir", "Prime Minister", "IS"}}, nil},
	}
	runActorCases(t, x, cases)
}

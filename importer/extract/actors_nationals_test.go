package extract_test

import "testing"

// TestNationalsCountry covers persons introduced by their nationality: "<demonym>
// nationals, A and B", "a British citizen, A", "Iranian national A" are that country's.
func TestNationalsCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"two nationals in a list", "Two Chinese nationals, Wu Yingjie and Zhang Hongbo, were sanctioned.",
			[]actorWant{{"Wu Yingjie", "", "CN"}, {"Zhang Hongbo", "", "CN"}}, nil},
		{"a citizen in apposition", "A British citizen, Tom Harker, was detained in Tehran.",
			[]actorWant{{"Tom Harker", "", "GB"}}, nil},
		{"national before the name", "Iranian national Reza Karimi was freed on Monday.",
			[]actorWant{{"Reza Karimi", "", "IR"}}, nil},
		{"a verb between the noun and the name", "Several British nationals were freed, Tom Harker said.",
			[]actorWant{{"Tom Harker", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

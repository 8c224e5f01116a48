package extract_test

import "testing"

// TestBodyOfficialCountry covers an official of a state body named by its demonym before
// the title ("Egyptian police official X"): the official serves that country; a body
// with no demonym gives none.
func TestBodyOfficialCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"demonym police official", "Egyptian police official Ahmed Badawi said three people died.",
			[]actorWant{{"Ahmed Badawi", "", "EG"}}, nil},
		{"possessive country ministry official", "Kenya's Foreign Ministry official Ruth Wanjiru briefed reporters.",
			[]actorWant{{"Ruth Wanjiru", "", "KE"}}, nil},
		{"ministry official with no country", "Later, Defense Ministry official Amos Keller left the room.",
			[]actorWant{{"Amos Keller", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

package extract_test

import "testing"

// TestPlaceHeadNames covers names headed by "State", "Province", "County", "House" and the
// like: the names of places and of the bodies named after them, never a person's.
func TestPlaceHeadNames(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a federal state", "Governor Abba Yusuf of Kano State met the delegation in the Kano State capital on Monday.",
			[]actorWant{{"Abba Yusuf", "", ""}}, []string{"Kano State"}},
		{"a province", "Officials in Helmand Province said the road had reopened, governor Ahmad Karimi said.",
			nil, []string{"Helmand Province"}},
		{"a presidency named after its house", "Officials at State House said President Samia Suluhu Hassan would travel on Monday.",
			[]actorWant{{"Samia Suluhu Hassan", "", ""}}, []string{"State House"}},
		{"a university named after a state", "Professor Dana Lott of Wayne State said the survey was small.",
			[]actorWant{{"Dana Lott", "", ""}}, []string{"Wayne State"}},
	}
	runActorCases(t, x, cases)
}

package extract_test

import "testing"

// TestPlaceVouchesForNoName covers a capitalised run whose last word recurs alone, which
// vouches for a person (actor.name-recurs) unless that word is printed alone after a
// preposition of place: then it is a place ("Visiting Kalmoria ... in Kalmoria"), and
// neither the run nor the word alone is a person.
func TestPlaceVouchesForNoName(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a place after in", "Visiting Kalmoria is hard this year. Ferries to Kalmoria stopped in March. Foreign Minister Ondrej Kralik said hotels in Kalmoria were empty.",
			[]actorWant{{"Ondrej Kralik", "Foreign Minister", ""}}, []string{"Visiting Kalmoria", "Kalmoria"}},
		{"a place after near", "Rebuilding Tarvessa will take years, Foreign Minister Ondrej Kralik said. Fighting near Tarvessa went on, and Tarvessa lost its power.",
			[]actorWant{{"Ondrej Kralik", "Foreign Minister", ""}}, []string{"Rebuilding Tarvessa", "Tarvessa"}},
		{"a person the run names", "Iran closed the door on meeting Odera Mwangaza. Tehran dismissed a photo-op with Mwangaza. It doubted the Mwangaza administration.",
			[]actorWant{{"Odera Mwangaza", "", ""}}, nil},
		{"a possessive after in", "Iran closed the door on meeting Odera Mwangaza. Tehran had no faith in Mwangaza's plan. It doubted the Mwangaza administration.",
			[]actorWant{{"Odera Mwangaza", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

package extract_test

import "testing"

// TestOfficeOfUnknownPlace covers a readout's "<office> of <place> <name>" where the
// gazetteer does not know the place: the place is no part of the name, the office is
// the person's.
func TestOfficeOfUnknownPlace(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a governor of a state", "Governor of Texas Maria Lopez met today with the visiting trade delegation.",
			[]actorWant{{"Maria Lopez", "Governor", ""}}, nil},
		{"a mayor of a city", "Mayor of Lyon Nicola Ferri spoke by phone with Lena Vogt on Tuesday.",
			[]actorWant{{"Nicola Ferri", "Mayor", ""}, {"Lena Vogt", "", ""}}, nil},
		{"a place that is a given name stays", "Minister of State Grace Obi met the envoy.",
			[]actorWant{{"Grace Obi", "Minister of State", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

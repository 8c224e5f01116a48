package extract_test

import "testing"

// TestOfficeOfOrganization covers an apposition whose office or membership is of a known
// organization of one state: the person serves that state; an international body gives
// none.
func TestOfficeOfOrganization(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"former leader of a party", "Mr Ian Dowd, a former leader of the Conservative Party, called the comments predictable.",
			[]actorWant{{"Ian Dowd", "Leader", "GB"}}, nil},
		{"member of a party", "Mr Tom Lerner, a member of the Bharatiya Janata Party, met officials.",
			[]actorWant{{"Tom Lerner", "", "IN"}}, nil},
		{"officer of an international body", "Mr Paul Varga, a former spokesman of the International Labour Organization, met officials.",
			[]actorWant{{"Paul Varga", "spokesman", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

package extract_test

import "testing"

// TestOfficeOfOrganization covers an apposition whose office or membership is of a known
// organization of one state, also at the end of a chain of bodies the lexicon lacks: the
// person serves that state; an international body gives none.
func TestOfficeOfOrganization(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"former leader of a party", "Mr Ian Dowd, a former leader of the Conservative Party, called the comments predictable.",
			[]actorWant{{"Ian Dowd", "Leader", "GB"}}, nil},
		{"member of a party", "Mr Tom Lerner, a member of the Bharatiya Janata Party, met officials.",
			[]actorWant{{"Tom Lerner", "", "IN"}}, nil},
		{"officer of an international body", "Mr Paul Varga, a former spokesman of the International Labour Organization, met officials.",
			[]actorWant{{"Paul Varga", "spokesman", ""}}, nil},
		{"the office of a state's body, a comma, then the name", "The talks coincided with the arrival of the President of the Palestinian Authority, Dorker Bosolpek.",
			[]actorWant{{"Dorker Bosolpek", "President", "PS"}}, nil},
		{"the office of an international body, a comma, then the name", "The Secretary-General of the Arab League, Tavo Gharmeni, met President Odera Mwangaza on Monday.",
			[]actorWant{{"Tavo Gharmeni", "Secretary-General", ""}}, nil},
		{"a chain of bodies the lexicon lacks ending in a state's party", "Wang Dorlema, director of the Office of the Foreign Affairs Commission of the Communist Party of China Central Committee, met the envoy on Monday.",
			[]actorWant{{"Wang Dorlema", "Director", "CN"}}, nil},
		{"a chain of bodies ending in an international body", "Ana Ferrel, director of the Office of the Special Coordinator of the United Nations, met the envoy on Monday.",
			[]actorWant{{"Ana Ferrel", "Director", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

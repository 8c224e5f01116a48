package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestGovernmentAndOffice covers "the <country> government and <office> X": one country
// governs both, so X is of it; not after "between", which sets two sides apart.
func TestGovernmentAndOffice(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"country government and prime minister", "He said the UK government and Prime Minister Alan Marwick remained committed to the partnership.",
			[]actorWant{{"Alan Marwick", "Prime Minister", "GB"}}, nil},
		{"demonym government and president", "Critics accused the Brazilian government and President Lucas Ferraz of ignoring the report.",
			[]actorWant{{"Lucas Ferraz", "President", "BR"}}, nil},
	}
	runActorCases(t, x, cases)
	res := x.Extract(extract.Input{Text: "Talks between the Israeli government and President Omar Haddad stalled on Monday."})
	if a, ok := findActor(res, "Omar Haddad"); !ok || a.Country == "IL" {
		t.Errorf("between two sides: Omar Haddad found %v, country %q, want found and not IL", ok, a.Country)
	}
}

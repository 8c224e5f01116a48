package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestOfficeBetweenNames covers an office between two capitalized runs: after a comma and
// before a name of its own it titles that name, not the words before the comma; set off by
// commas after a name, it describes that name, and the words after it are no person.
func TestOfficeBetweenNames(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"office before its own name after a comma", "Next month we will meet the new mayor of Cleveland, Mayor Dorrance, at the hall.",
			nil, []string{"Cleveland"}},
		{"office before a possessive name", "Spending rose in Montana, Vice-President Harlow's home state, said Ruth Ames.",
			nil, []string{"Montana"}},
		{"office then organization in a list", "The best speakers were: 1. Jane Rudd, CEO, Brightwave 2. Tom Hale, CEO, Ferrovia.",
			[]actorWant{{"Jane Rudd", "", ""}}, []string{"Brightwave"}},
		{"a country in a list after a name is not his", "The talks strengthened Tomas Varga, Iran, Russia and India against the rebels. Varga said so.",
			[]actorWant{{"Tomas Varga", "", ""}}, nil},
		{"a country alone after a name is his", "The prize went to Tomas Varga, Hungary.",
			[]actorWant{{"Tomas Varga", "", "HU"}}, nil},
		{"a firm with a given name after an office in a list", "Top speakers: 9. Tom Hale, CEO, Sun Microsystems 8. Ann Lee, CEO, Lee Foods 7.",
			[]actorWant{{"Tom Hale", "", ""}}, []string{"Sun Microsystems"}},
		{"office after a comma still titles", "The national security adviser, Jake Sullivan, met Wang Yi.",
			[]actorWant{{"Jake Sullivan", "National Security Adviser", "US"}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestListedCountryIsNoCountry checks that a country listed after a name right after a
// comma gives the person no country.
func TestListedCountryIsNoCountry(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Input{Text: "The talks strengthened Tomas Varga, Iran, Russia and India against the rebels. Varga said so."})
	a, ok := findActor(res, "Tomas Varga")
	if !ok {
		t.Fatalf("missing Tomas Varga in %v", actorNames(res))
	}
	if a.Country != "" {
		t.Errorf("Tomas Varga country = %q, want none", a.Country)
	}
}

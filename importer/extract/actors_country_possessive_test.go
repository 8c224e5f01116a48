package extract_test

import "testing"

// TestCountryPossessiveSurname covers a country's possessive before one capitalized word
// that speaks or meets ("Russia's Volkonsky said"): the word is a person of that country.
// A country, organization, place or common word there is not ("Britain's Channel 4"). A
// word that is the surname of one well-known person of that country is that person
// ("Colombia's Petro" is Gustavo Petro, though Petro is a Ukrainian given name too), and
// "spoke by phone" vouches as "spoke" does; the possessor's country also picks the known
// person a shared spelling key would give another ("Argentina's Milei", not "Milley").
func TestCountryPossessiveSurname(t *testing.T) {
	x := newExtractor(t)
	actors := []actorCase{
		{"said", "Russia's Volkonsky said on Monday that gas supplies would continue.",
			[]actorWant{{"Volkonsky", "", "RU"}}, nil},
		{"told", "Norway's Halvorsen told reporters the deal was close.",
			[]actorWant{{"Halvorsen", "", "NO"}}, nil},
		{"met, both sides", "Russia's Volkonsky met Germany's Brandauer in Berlin on Tuesday.",
			[]actorWant{{"Volkonsky", "", "RU"}, {"Brandauer", "", "DE"}}, nil},
		{"the one well-known person of the country by that surname, spoke by phone", "Colombia's Petro spoke by phone with Venezuela's Maduro on Tuesday.",
			[]actorWant{{"Gustavo Petro", "President", "CO"}, {"Nicolas Maduro", "President", "VE"}}, nil},
		{"a known alias another country's person shares by key", "Argentina's Milei met Italy's Meloni in Rome on Tuesday.",
			[]actorWant{{"Javier Milei", "President", "AR"}, {"Giorgia Meloni", "Prime Minister", "IT"}}, []string{"Mark Milley"}},
		{"a medium with a number", "Britain's Channel 4 reported the talks.",
			nil, []string{"Channel"}},
		{"no verb after the word", "Russia's Volkonsky gas field supplies Europe.",
			nil, []string{"Volkonsky"}},
		{"a place", "Russia's Siberia said to be warming fast, the report found.",
			nil, []string{"Siberia"}},
		{"a word the article also writes in lower case", "Kenya's Treasury said on Monday it would borrow more. The treasury plans a bond.",
			nil, []string{"Treasury"}},
	}
	runActorCases(t, x, actors)
	contacts := []contactCase{
		{"met", "Russia's Volkonsky met Germany's Brandauer in Berlin on Tuesday.", "",
			[]contactWant{{names: []string{"Volkonsky", "Brandauer"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"spoke by phone, well-known persons", "Colombia's Petro spoke by phone with Venezuela's Maduro on Tuesday.", "",
			[]contactWant{{names: []string{"Gustavo Petro", "Nicolas Maduro"}, mode: "phone", status: "held", dateText: "Tuesday"}}},
	}
	runContactCases(t, x, contacts)
}

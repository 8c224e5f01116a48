package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestOrgOffice covers an office of state written in lower case that an organization owns:
// the person is that organization's officer, with no national role or country, even in a
// story that names one country often.
func TestOrgOffice(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, text, person, role, country string
	}{
		{"association president", "US officials in Washington praised the US plan. The US embassy agreed. Ohio State Chess Association president Marta Kellow said the US move was welcome.",
			"Marta Kellow", "", ""},
		{"representative for an office", "US courts in Ohio and US lawyers met again. The US ruling stands. \"It is over,\" said Dan Orlo, a representative for the county sheriff's office.",
			"Dan Orlo", "", ""},
		{"president of a firm", "The palace coup was led by Ruth Agner, the president of the Western Grid Operator, who acted alone.",
			"Ruth Agner", "", ""},
		{"president of a country stays", "Talks were hosted by Ivo Marek, the president of Slovakia, on Monday.",
			"Ivo Marek", "President", "SK"},
		{"demonym representative stays", "Pavel Orlov, a Russian representative at the United Nations, said talks went well.",
			"Pavel Orlov", "Representative", "RU"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			a, ok := findActor(res, c.person)
			if !ok {
				t.Fatalf("missing actor %q in %v", c.person, actorNames(res))
			}
			if a.Role != c.role || a.Country != c.country {
				t.Errorf("%s = %q %q, want %q %q", c.person, a.Role, a.Country, c.role, c.country)
			}
		})
	}
}

// TestSubordinateOffice covers a word that makes the office after it a lesser one: the
// person holds the lesser office, not the office itself.
func TestSubordinateOffice(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"assistant before an office", "The plan was drawn up by the assistant Defence Secretary, Carl Brandt, in 2002.",
			[]actorWant{{"Carl Brandt", "Assistant Secretary of Defense", ""}}, nil},
		{"deputy before an office", "Japanese deputy Chief Cabinet Secretary Kenji Ota met reporters.",
			[]actorWant{{"Kenji Ota", "Deputy Chief Cabinet Secretary", "JP"}}, nil},
		{"under as a preposition", "Relations improved under President Hu Jintao, officials said.",
			[]actorWant{{"Hu Jintao", "President", "CN"}}, nil},
	}
	runActorCases(t, x, cases)
}

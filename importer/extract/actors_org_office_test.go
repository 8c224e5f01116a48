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

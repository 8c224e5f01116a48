package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestCaptionFullName covers a person the story names by surname alone whose full name
// only a removed photo caption prints: the caption names the person, so the story's
// contact has its party, of the country a demonym before the caption's office tells; a
// caption with no given name before the surname names nobody.
func TestCaptionFullName(t *testing.T) {
	x := newExtractor(t)
	story := "President Odera Mwangaza said on Thursday that talks would resume in March. Mwangaza spoke with Kasorwe on Wednesday ahead of the talks."
	for _, c := range []struct {
		name     string
		captions []string
		want     string
		country  string
	}{
		{"a title and a given name before the surname", []string{"Mwangaza and Tanzanian President Tobi Kasorwe spoke ahead of talks in Arusha"}, "Tobi Kasorwe", "TZ"},
		{"an office of several words before the given name", []string{"Mwangaza and Tanzanian Vice President Marmik Kasorwe spoke ahead of talks"}, "Marmik Kasorwe", "TZ"},
		{"no demonym before the office", []string{"Mwangaza and President Tobi Kasorwe spoke ahead of talks in Arusha"}, "Tobi Kasorwe", ""},
		{"no given name before the surname", []string{"Kasorwe arrives in Arusha"}, "", ""},
		{"no caption", nil, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: story, Captions: c.captions})
			a, ok := findActor(res, c.want)
			if c.want == "" {
				if len(res.Contacts) != 0 {
					t.Errorf("contacts = %+v, want none without a full name", res.Contacts)
				}
				return
			}
			if !ok {
				t.Fatalf("missing actor %q in %v", c.want, actorNames(res))
			}
			if a.Country != c.country {
				t.Errorf("%s country = %q, want %q", a.Name, a.Country, c.country)
			}
			if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 {
				t.Fatalf("contacts = %+v, want Mwangaza's call with %s", res.Contacts, a.Name)
			}
		})
	}
}

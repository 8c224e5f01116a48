package importer_test

import (
	"fmt"
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportResolvesAGivenName checks resolution of a person an article names by one word
// that is the first word of a known person's full name ("President Prabowo", "PM
// Shehbaz"): one actor when the article gives the office the known person holds, in either
// order of the articles; apart when no office is given, the office or the country differs,
// two known persons fit, or the word is a known person's surname.
func TestImportResolvesAGivenName(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"the given name with the office, after the full name",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "President", "")},
			[]string{"Rangi Tahuri|President|NZ|2"}},
		{"the given name with the office, before the full name",
			[]actorSpec{person("Rangi", "President", ""), person("Rangi Tahuri", "President", "NZ")},
			[]string{"Rangi Tahuri|President|NZ|2"}},
		{"no office given",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "", "")},
			[]string{"Rangi|||1", "Rangi Tahuri|President|NZ|1"}},
		{"another office",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "Foreign Minister", "")},
			[]string{"Rangi|Foreign Minister||1", "Rangi Tahuri|President|NZ|1"}},
		{"another country",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "President", "FJ")},
			[]string{"Rangi|President|FJ|1", "Rangi Tahuri|President|NZ|1"}},
		{"two known persons of that given name and office",
			[]actorSpec{person("Rangi Tahuri", "President", ""), person("Rangi Moana", "President", ""), person("Rangi", "President", "")},
			[]string{"Rangi|President||1", "Rangi Moana|President||1", "Rangi Tahuri|President||1"}},
		{"a known surname is a surname",
			[]actorSpec{person("Rangi Tahuri", "President", ""), person("Wiremu Rangi", "President", ""), person("Rangi", "President", "")},
			[]string{"Rangi Tahuri|President||1", "Wiremu Rangi|President||2"}},
	})
}

// TestImportResolvesAnArabicNameWithoutItsNasab checks a name some outlets write with
// "bin" and the father's name and others without: one actor when one form has no nasab,
// two when the nasabs differ, none chosen when two persons fit the form without.
func TestImportResolvesAnArabicNameWithoutItsNasab(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"the article glued, the nasab left out",
			[]actorSpec{person("Badr bin Hamad Albusaidi", "Foreign Minister", "OM"), person("Badr al-Busaidi", "", "OM")},
			[]string{"Badr bin Hamad Albusaidi|Foreign Minister|OM|2"}},
		{"the nasab given later",
			[]actorSpec{person("Badr al-Busaidi", "", "OM"), person("Badr bin Hamad Albusaidi", "Foreign Minister", "OM")},
			[]string{"Badr al-Busaidi|Foreign Minister|OM|2"}},
		{"two nasabs are two persons",
			[]actorSpec{person("Khalid bin Salman Al Saud", "", "SA"), person("Khalid bin Bandar Al Saud", "", "SA")},
			[]string{"Khalid bin Bandar Al Saud||SA|1", "Khalid bin Salman Al Saud||SA|1"}},
		{"two persons fit the form without",
			[]actorSpec{person("Khalid bin Salman Al Saud", "", "SA"), person("Khalid bin Bandar Al Saud", "", "SA"), person("Khalid Al Saud", "", "SA")},
			[]string{"Khalid Al Saud||SA|1", "Khalid bin Bandar Al Saud||SA|1", "Khalid bin Salman Al Saud||SA|1"}},
	})
}

// TestImportResolvesANameInTheOtherOrder checks a two-word name written family name first
// by one outlet and last by another: one actor of a known country, two otherwise.
func TestImportResolvesANameInTheOtherOrder(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"family name first in a ministry's release",
			[]actorSpec{person("Takeshi Nakamori", "Foreign Minister", "JP"), person("NAKAMORI Takeshi", "", "JP")},
			[]string{"Takeshi Nakamori|Foreign Minister|JP|2"}},
		{"no country known",
			[]actorSpec{person("Takeshi Nakamori", "Foreign Minister", "JP"), person("Nakamori Takeshi", "", "")},
			[]string{"Nakamori Takeshi|||1", "Takeshi Nakamori|Foreign Minister|JP|1"}},
		{"another country",
			[]actorSpec{person("Thomas Paul", "", "US"), person("Paul Thomas", "", "GB")},
			[]string{"Paul Thomas||GB|1", "Thomas Paul||US|1"}},
	})
}

// TestImportResolvesInitials checks a person named by initials and surname ("S.
// Jaishankar", "M.K. Stalin") and by full name: one actor, named in full, whichever comes
// first; two when two persons fit the initials.
func TestImportResolvesInitials(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"initials after the full name",
			[]actorSpec{person("Muthuvel Karunanidhi Stalin", "Chief Minister", "IN"), person("M.K. Stalin", "", "")},
			[]string{"Muthuvel Karunanidhi Stalin|Chief Minister|IN|2"}},
		{"initials before the full name",
			[]actorSpec{person("S. Jaishankar", "External Affairs Minister", "IN"), person("Subrahmanyam Jaishankar", "", "IN")},
			[]string{"Subrahmanyam Jaishankar|External Affairs Minister|IN|2"}},
		{"an initial and a given name",
			[]actorSpec{person("Nara Chandrababu Naidu", "Chief Minister", "IN"), person("N. Chandrababu Naidu", "", "IN")},
			[]string{"Nara Chandrababu Naidu|Chief Minister|IN|2"}},
		{"two persons of those initials",
			[]actorSpec{person("Sunil Menon", "", "IN"), person("Suresh Menon", "", "IN"), person("S. Menon", "", "IN")},
			[]string{"S. Menon||IN|1", "Sunil Menon||IN|1", "Suresh Menon||IN|1"}},
		{"another initial",
			[]actorSpec{person("Sunil Menon", "", "IN"), person("R. Menon", "", "IN")},
			[]string{"R. Menon||IN|1", "Sunil Menon||IN|1"}},
	})
}

// resolveCase is a run of one-actor articles and the actors they make.
type resolveCase struct {
	name   string
	actors []actorSpec // one article each, imported in this order
	want   []string    // name|role|country|articles
}

func person(name, role, country string) actorSpec {
	return actorSpec{name: name, kind: "person", role: role, country: country, surfaces: []string{name}}
}

// checkResolved imports each case's articles in order, one run each, and compares the
// actors made.
func checkResolved(t *testing.T, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc := script{}
			var folders []map[string]string
			for i, a := range tc.actors {
				marker := fmt.Sprintf("article%c", 'a'+i)
				sc[marker] = scene{actors: []actorSpec{a}}
				folders = append(folders, map[string]string{marker + ".md": story(marker, "2024-05-0"+fmt.Sprint(i+1), marker+": "+a.name+" spoke.")})
			}
			path, _ := importEach(t, importer.Options{Extractor: sc}, folders...)
			got := queryRows(t, rawDB(t, path), `SELECT name, coalesce(role, ''), coalesce(country, ''),
				(SELECT count(*) FROM article_actors l WHERE l.actor_id = actors.id) FROM actors ORDER BY name`)
			if !slices.Equal(got, tc.want) {
				t.Errorf("actors:\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

package importer_test

import (
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportCapitalsLeadKeepsItsName imports made-up stories whose leads print their
// opening words in capitals, as wire copy and some readouts do, into a real SQLite file,
// and checks that the person they open with is found whole and takes part in the contact:
// the capitals are the sentence's, not a dateline's place.
func TestImportCapitalsLeadKeepsItsName(t *testing.T) {
	const rest = " met Latvian President Ilmar Saarepuu in Riga on Monday to discuss the damage to undersea cables."
	leads := []struct{ name, body string }{
		{"an office and a name in capitals",
			"PRESIDENT TARVO KALLEMAA" + rest + "\n\nTarvo Kallemaa later told reporters the talks had been useful."},
		{"an office in capitals before a name",
			"PRIME MINISTER Tarvo Kallemaa" + rest},
	}
	for _, tc := range leads {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, map[string]string{"lead.md": story("Leaders talk", "2025-01-15", tc.body)})
			raw := rawDB(t, path)
			if got := queryRows(t, raw, `SELECT coalesce(dateline, '') FROM articles`); !slices.Equal(got, []string{""}) {
				t.Errorf("datelines %q, want none", got)
			}
			people := queryRows(t, raw, `SELECT name FROM actors WHERE kind = 'person' ORDER BY name`)
			if want := []string{"Ilmar Saarepuu", "Tarvo Kallemaa"}; !slices.Equal(people, want) {
				t.Errorf("people %q, want %q", people, want)
			}
			contacts := reportedContacts(t, path)
			if want := []string{"Ilmar Saarepuu & Tarvo Kallemaa (meeting, 2025-01-13)|lead.md"}; !slices.Equal(contacts, want) {
				t.Errorf("contacts %q, want %q", contacts, want)
			}
		})
	}
}

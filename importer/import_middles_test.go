package importer_test

import (
	"slices"
	"testing"

	"hotline/importer"
)

// TestImportMiddleInitials checks that a full name resolves to a known person with more
// given names only when a middle initial, if either writes one, agrees with them: two
// presidents share "George" and "Bush", one president is "John F." and "John Fitzgerald".
func TestImportMiddleInitials(t *testing.T) {
	for _, tc := range []struct {
		name, first, second string
		want                []string
	}{
		{"son after father", "George Herbert Walker Bush", "George W. Bush",
			[]string{"George Herbert Walker Bush", "George W. Bush"}},
		{"father after son", "George Walker Bush", "George H. W. Bush",
			[]string{"George H. W. Bush", "George Walker Bush"}},
		{"initial of the middle name", "John Fitzgerald Kennedy", "John F. Kennedy",
			[]string{"John Fitzgerald Kennedy"}},
		{"no middle at all", "George Herbert Walker Bush", "George Bush",
			[]string{"George Herbert Walker Bush"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := script{
				"storyone": {actors: []actorSpec{{name: tc.first, kind: "person", surfaces: []string{tc.first}}}},
				"storytwo": {actors: []actorSpec{{name: tc.second, kind: "person", surfaces: []string{tc.second}}}},
			}
			path, _ := importEach(t, importer.Options{Extractor: sc},
				map[string]string{"one.md": story("One", "2003-04-01", "storyone. "+tc.first+" spoke.")},
				map[string]string{"two.md": story("Two", "2003-04-02", "storytwo. "+tc.second+" spoke.")})
			got := queryRows(t, rawDB(t, path), `SELECT name FROM actors ORDER BY name`)
			if !slices.Equal(got, tc.want) {
				t.Errorf("actors %q, want %q", got, tc.want)
			}
		})
	}
}

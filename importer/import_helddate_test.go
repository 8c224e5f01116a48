package importer_test

import (
	"testing"

	"hotline/importer"
)

// TestImportHeldDateAcrossArticles: a contact reported across articles is one contact
// dated by the report that says it took place: a plan for Friday and a later "met on
// Thursday" are one meeting of Thursday; a call one capital dates Thursday evening and
// the other Friday morning is one call (of either day: each side is right by its clock); a plan and its report of the same day agree.
func TestImportHeldDateAcrossArticles(t *testing.T) {
	const r, b = "Italian Foreign Minister Marta Rossi", "Swedish Prime Minister Jonas Berg"
	cases := []struct {
		name  string
		files map[string]string
		want  []string // date|articles of each contact; a date of * is either side's
	}{
		{"a plan and the report of the day it was held", map[string]string{
			"1.md": story("Plan", "2026-12-01", r+" will meet "+b+" in Rome on Friday, officials said."),
			"2.md": story("Held", "2026-12-05", r+" met "+b+" in Rome on Friday, officials said."),
		}, []string{"2026-12-04|2"}},
		{"a plan brought forward a day takes the day it was held", map[string]string{
			"1.md": story("Plan", "2026-12-01", r+" will meet "+b+" in Rome on Friday, officials said."),
			"2.md": story("Held", "2026-12-05", r+" met "+b+" in Rome on Thursday, officials said."),
		}, []string{"2026-12-03|2"}},
		{"a call dated by two capitals a day apart", map[string]string{
			"1.md": story("West", "2026-12-04", r+" spoke by phone with "+b+" on Thursday evening, her office said."),
			"2.md": story("East", "2026-12-04", b+" held a phone call with "+r+" on Friday morning, his office said."),
		}, []string{"*|2"}},
		{"two meetings a week apart stay two", map[string]string{
			"1.md": story("First", "2026-11-27", r+" met "+b+" in Rome on Thursday, officials said."),
			"2.md": story("Second", "2026-12-04", r+" met "+b+" in Stockholm on Thursday, officials said."),
		}, []string{"2026-11-26|1", "2026-12-03|1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, c.files)
			got := queryRows(t, rawDB(t, path), `SELECT coalesce(date, '') || '|' || (SELECT count(DISTINCT article_id) FROM contact_mentions m WHERE m.contact_id = c.id)
				FROM contacts c ORDER BY date`)
			if len(got) != len(c.want) {
				t.Fatalf("contacts %q, want %q", got, c.want)
			}
			for i := range got {
				if w := c.want[i]; got[i] != w && !(w[0] == '*' && got[i][10:] == w[1:]) {
					t.Errorf("contacts %q, want %q", got, c.want)
					break
				}
			}
		})
	}
}

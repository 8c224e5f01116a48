package importer_test

import (
	"strings"
	"testing"

	"hotline/importer"
)

// TestImportReadsTheStampLine: when the source gives no date, a page's stamp line at the
// top of the body (a date with a weekday, a clock time, a zone, an edition, byline words,
// "Updated" fields) dates the article and its weekdays, and goes from the text as
// furniture; an "Updated" line over a "Published" one gives the first-published day, and
// figures that could be either order are read only when the stamp's zone tells the way.
// A stamp line with no date, a headline that holds a date, and a date quoted in the story
// date nothing.
func TestImportReadsTheStampLine(t *testing.T) {
	const call = "President Joe Biden spoke by phone with President Emmanuel Macron on Monday, the White House said.\n"
	for _, tc := range []struct{ name, top, published, contact string }{
		{"weekday, clock and edition", "Tuesday 10 June 2025 08:39, UK", "2025-06-10", "2025-06-09"},
		{"written by on a date", "Written by Jane Doe on 10 June 2025", "2025-06-10", "2025-06-09"},
		{"byline and date with a zone", "By Jane Doe | 10 June 2025, 08:39 GMT", "2025-06-10", "2025-06-09"},
		{"updated with the clock first", "Updated 10:42 AM EST, Tue June 10, 2025", "2025-06-10", "2025-06-09"},
		{"slashed fields", "June 10, 2025 / 8:39 AM / Updated 2 hours ago", "2025-06-10", "2025-06-09"},
		{"updated over published", "Updated 11 June 2025 09:12 BST\nPublished 10 June 2025 18:40 BST", "2025-06-10", "2025-06-09"},
		{"updated over published under a headline", "Talks stall\n\nUpdated 11 June 2025 09:12 BST\nPublished 10 June 2025 18:40 BST", "2025-06-10", "2025-06-09"},
		{"either-order figures under a British zone", "Last updated: 10/06/2025 08:39 BST", "2025-06-10", "2025-06-09"},
		{"either-order figures under an American zone", "Updated 06/10/2025 8:39 AM EDT", "2025-06-10", "2025-06-09"},
		{"either-order figures without a zone", "Last updated: 10/06/2025", "", ""},
		{"updated without a date", "Updated 2 hours ago", "", ""},
		{"headline that holds a date", "Since June 10, 2025, nothing has moved", "", ""},
		{"date quoted in the story", "Talks stall\n\n\"On June 10, 2025, we agreed to talk again,\" the envoy said.", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, map[string]string{"a.txt": tc.top + "\n\n" + call})
			raw := rawDB(t, path)
			if got := queryRows(t, raw, `SELECT coalesce(published, '') FROM articles`); len(got) != 1 || got[0] != tc.published {
				t.Errorf("published %v, want %q", got, tc.published)
			}
			if got := queryRows(t, raw, `SELECT coalesce(date, '') FROM contacts`); len(got) != 1 || got[0] != tc.contact {
				t.Errorf("the Monday call is dated %v, want %q", got, tc.contact)
			}
			if tc.published == "" {
				return
			}
			for _, text := range queryRows(t, raw, `SELECT coalesce(title, '') || ' ' || text FROM articles`) {
				if strings.Contains(text, "2025") {
					t.Errorf("the stamp line stays in the title or text: %q", text)
				}
			}
		})
	}
}

// TestImportKeepsBackgroundOffTheStampDay: the day a stamp line gives dates the lead's
// contact and a later one of the lead's people, but a contact told in a time that names no
// date ("during the pandemic", "twice before", "shortly after taking office") takes
// neither that day nor the lead's.
func TestImportKeepsBackgroundOffTheStampDay(t *testing.T) {
	const lead = "Tuesday 10 June 2025 08:39, UK\n\nPresident Joe Biden spoke by phone with President Emmanuel Macron on Monday, the White House said.\n\nThe two discussed trade.\n\n"
	for _, tc := range []struct{ name, later, date string }{
		{"during the pandemic", "Biden met Chancellor Olaf Scholz in Berlin during the pandemic.", ""},
		{"twice before", "Biden has met Chancellor Olaf Scholz in Berlin twice before.", ""},
		{"shortly after taking office", "Biden met Chancellor Olaf Scholz in Berlin shortly after taking office.", ""},
		{"no time word", "Biden also spoke with Chancellor Olaf Scholz.", "2025-06-09"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, map[string]string{"a.txt": lead + tc.later + "\n"})
			got := queryRows(t, rawDB(t, path), `SELECT group_concat(p.name, ' & ') || ': ' || coalesce(c.date, '') FROM contacts c
				JOIN contact_participants cp ON cp.contact_id = c.id JOIN actors p ON p.id = cp.actor_id GROUP BY c.id ORDER BY 1`)
			want := []string{"Joe Biden & Emmanuel Macron: 2025-06-09", "Joe Biden & Olaf Scholz: " + tc.date}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("contacts %q, want %q", got, want)
			}
		})
	}
}

package importer_test

import (
	"strings"
	"testing"

	"hotline/importer"
)

// TestImportReadsThePrintedDate: when the source gives no date, the date printed at the
// top of the page dates the article, and through it the article's weekdays.
func TestImportReadsThePrintedDate(t *testing.T) {
	path, _ := importEach(t, importer.Options{}, map[string]string{
		"a.txt": "Leaders talk\n\nPublished On 5 Nov 2023\n\n" +
			"President Joe Biden spoke by phone with President Emmanuel Macron on Saturday, the White House said.\n",
		"b.txt": "Undated\n\nPresident Joe Biden met Chancellor Olaf Scholz on Friday, officials said.\n",
	})
	raw := rawDB(t, path)
	for _, tc := range []struct{ source, published string }{{"a.txt", "2023-11-05"}, {"b.txt", ""}} {
		got := queryRows(t, raw, `SELECT coalesce(published, '') FROM articles WHERE source LIKE '%' || ?`, tc.source)
		if len(got) != 1 || got[0] != tc.published {
			t.Errorf("%s: published %v, want %q", tc.source, got, tc.published)
		}
	}
	dates := queryRows(t, raw, `SELECT coalesce(c.date, '') FROM contacts c JOIN contact_mentions m ON m.contact_id = c.id
		JOIN articles a ON a.id = m.article_id WHERE a.source LIKE '%a.txt'`)
	if len(dates) != 1 || dates[0] != "2023-11-04" {
		t.Errorf("the Saturday call of an article printed on Sunday 2023-11-05 is dated %v, want 2023-11-04", dates)
	}
}

// TestImportReadsTheDateline: a wire dateline with its year dates an article the source
// gave no date, and its weekdays with it.
func TestImportReadsTheDateline(t *testing.T) {
	path, _ := importEach(t, importer.Options{}, map[string]string{
		"c.txt": "Leaders talk\n\nVIENNA, March 12, 2024 (Reuters) - President Joe Biden spoke by phone with President Emmanuel Macron on Monday, the White House said.\n",
	})
	raw := rawDB(t, path)
	if got := queryRows(t, raw, `SELECT coalesce(published, '') FROM articles`); len(got) != 1 || got[0] != "2024-03-12" {
		t.Errorf("published %v, want 2024-03-12", got)
	}
	if got := queryRows(t, raw, `SELECT coalesce(date, '') FROM contacts`); len(got) != 1 || got[0] != "2024-03-11" {
		t.Errorf("the Monday call of a story datelined Tuesday 2024-03-12 is dated %v, want 2024-03-11", got)
	}
}

// TestImportTellsTodayFromTheDatelineDay: a wire dateline's day, with its year or without,
// or told by its weekday, is the day "today" and weekdays are told from when the source
// dated the copy a day later; so is that of a dateline that puts the country in brackets.
func TestImportTellsTodayFromTheDatelineDay(t *testing.T) {
	for _, dateline := range []string{"VIENNA, March 12 (Reuters) -", "VIENNA, March 12, 2024 (Reuters) -", "VIENNA, 12 March 2024 (Reuters) -", "Vienna [Austria], March 12 (ANI):", "VIENNA, Tuesday (Reuters) -"} {
		t.Run(dateline, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, map[string]string{
				"f.txt": "---\ntitle: \"Leaders talk\"\ndate: 2024-03-13\n---\n\n" + dateline + " President Joe Biden spoke by phone with President Emmanuel Macron today, the White House said.\n",
			})
			if got := queryRows(t, rawDB(t, path), `SELECT coalesce(date, '') FROM contacts`); len(got) != 1 || got[0] != "2024-03-12" {
				t.Errorf("today's call of a story datelined 2024-03-12 and stored on 2024-03-13 is dated %v, want 2024-03-12", got)
			}
		})
	}
}

// TestImportReadsTheHeadlineDate: a readout's headline that ends with the date dates it
// when nothing else does; a date in a headline's words does not.
func TestImportReadsTheHeadlineDate(t *testing.T) {
	path, _ := importEach(t, importer.Options{}, map[string]string{
		"d.txt": "PM call with President Macron: 12 March 2024\n\nPresident Joe Biden spoke to President Emmanuel Macron this afternoon.\n",
		"e.txt": "Biden and Macron to talk on March 12, 2024 about trade\n\nPresident Joe Biden will speak to President Emmanuel Macron soon.\n",
	})
	raw := rawDB(t, path)
	for _, tc := range []struct{ source, published string }{{"d.txt", "2024-03-12"}, {"e.txt", ""}} {
		got := queryRows(t, raw, `SELECT coalesce(published, '') FROM articles WHERE source LIKE '%' || ?`, tc.source)
		if len(got) != 1 || got[0] != tc.published {
			t.Errorf("%s: published %v, want %q", tc.source, got, tc.published)
		}
	}
}

// TestImportReadsTheFileNameDate: a post saved under its date ("2016-01-14-slug.md", as
// static-site generators and scrapers name them) is dated by its file name when nothing
// inside it is; a dated folder or an export's records are not.
func TestImportReadsTheFileNameDate(t *testing.T) {
	body := "Ministers talk\n\nSecretary of State Antony Blinken spoke by phone with Foreign Minister Sergei Lavrov on Tuesday, the State Department said.\n"
	path, _ := importEach(t, importer.Options{}, map[string]string{
		"2016-01-14-ministers-talk.md":  body,
		"20160115_ministers.txt":        strings.Replace(body, "Tuesday", "Thursday", 1),
		"2016-01-20/ministers-talk.txt": strings.Replace(body, "Sergei Lavrov", "Dmytro Kuleba", 1),
		"2016-01-14-dated-inside.txt":   "Ministers talk\n\nPublished: Feb 1, 2022\n\n" + body[len("Ministers talk\n\n"):],
		"export-2016-02-01.jsonl":       `{"title": "Ministers talk", "text": "Foreign Minister Sergei Lavrov met Foreign Minister Wang Yi on Monday."}` + "\n",
	})
	raw := rawDB(t, path)
	for _, tc := range []struct{ source, published, date string }{
		{"2016-01-14-ministers-talk.md", "2016-01-14", "2016-01-12"},
		{"20160115_ministers.txt", "2016-01-15", "2016-01-14"},
		{"2016-01-20/ministers-talk.txt", "", ""},
		{"2016-01-14-dated-inside.txt", "2022-02-01", "2022-02-01"},
		{"export-2016-02-01.jsonl#1", "", ""},
	} {
		t.Run(tc.source, func(t *testing.T) {
			got := queryRows(t, raw, `SELECT coalesce(published, '') FROM articles WHERE source LIKE '%' || ?`, tc.source)
			if len(got) != 1 || got[0] != tc.published {
				t.Errorf("published %v, want %q", got, tc.published)
			}
			dates := queryRows(t, raw, `SELECT coalesce(c.date, '') FROM contacts c JOIN contact_mentions m ON m.contact_id = c.id
				JOIN articles a ON a.id = m.article_id WHERE a.source LIKE '%' || ?`, tc.source)
			if len(dates) != 1 || dates[0] != tc.date {
				t.Errorf("contact dated %v, want %q", dates, tc.date)
			}
		})
	}
}

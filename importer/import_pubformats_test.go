package importer_test

import (
	"testing"

	"hotline/importer"
)

// TestImportPublicationFormats imports one story of a Thursday meeting in the shapes
// scrapers and pages give its publication date (Friday 2026-12-04): fields of JSON Lines,
// CSV and front matter in ISO, RFC 1123, US and British spellings and Unix time; a
// dated line or a wire dateline in the body; the date in the article's address. Each must
// date the article and, through it, the meeting on Thursday 2026-12-03. A dateline's day
// before a later stored date is the day the story's words count from.
func TestImportPublicationFormats(t *testing.T) {
	const body = "Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome on Thursday, officials said."
	const jsonBody = `"text": "` + body + `"`
	cases := []struct {
		name, file, content, published, date string
	}{
		{"json iso with an offset", "a.jsonl", `{"title": "Talks", "published": "2026-12-04T10:31:00+01:00", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json iso late in the day west of Greenwich", "a.jsonl", `{"title": "Talks", "date": "2026-12-04T23:30:00-05:00", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json rfc 1123", "a.jsonl", `{"title": "Talks", "pubDate": "Fri, 04 Dec 2026 10:31:00 GMT", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json us abbreviated month", "a.jsonl", `{"title": "Talks", "date_publish": "Dec. 4, 2026", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json british day first", "a.jsonl", `{"title": "Talks", "publishedAt": "4 December 2026", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json unix seconds as a number", "a.jsonl", `{"title": "Talks", "published": 1796379060, ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json unix seconds with a fraction", "a.jsonl", `{"title": "Talks", "published": 1796379060.25, ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json unix milliseconds as a string", "a.jsonl", `{"title": "Talks", "published": "1796379060123", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json a mongo date", "a.jsonl", `{"title": "Talks", "published": {"$date": "2026-12-04T10:31:00Z"}, ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json GDELT's compact time", "a.jsonl", `{"title": "Talks", "date": "20261204T103100Z", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"json CNN's updated line", "a.jsonl", `{"title": "Talks", "date": "Updated 10:31 AM EST, Fri December 4, 2026", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"csv unix seconds", "a.csv", "title,published,text\nTalks,1796379060,\"" + body + "\"\n", "2026-12-04", "2026-12-03"},
		{"csv a date and a time", "a.csv", "Title,Published Date,Body\nTalks,\"December 4, 2026 10:31 AM\",\"" + body + "\"\n", "2026-12-04", "2026-12-03"},
		{"csv figures with dots", "a.csv", "title,date,text\nTalks,4.12.2026,\"" + body + "\"\n", "2026-12-04", "2026-12-03"},
		{"front matter rfc 1123 with an offset", "a.md", "---\ntitle: Talks\ndate: \"Fri, 4 Dec 2026 10:31:00 +0000\"\n---\n\n" + body + "\n", "2026-12-04", "2026-12-03"},
		{"front matter an unquoted timestamp", "a.md", "---\ntitle: Talks\ndate: 2026-12-04T10:31:00Z\n---\n\n" + body + "\n", "2026-12-04", "2026-12-03"},
		{"a dated line at the top", "a.txt", "Talks\n\nUpdated 10:31 AM EST, Fri December 4, 2026\n\n" + body + "\n", "2026-12-04", "2026-12-03"},
		{"a wire dateline with its year", "a.txt", "Talks\n\nROME, Dec. 4, 2026 (Reuters) - " + body + "\n", "2026-12-04", "2026-12-03"},
		{"a date glued before a dateline", "a.txt", "Talks\n\nDecember 4, 2026 ROME — " + body + "\n", "2026-12-04", "2026-12-03"},
		{"a published label glued to the first sentence", "a.txt", "Talks\n\nPublished 4 Dec 2026 " + body + "\n", "2026-12-04", "2026-12-03"},
		{"figures and a time glued before a dateline", "a.txt", "Talks\n\n04.12.2026 | 10:31 ROME, " + body + "\n", "2026-12-04", "2026-12-03"},
		{"a sentence that opens with a date is no stamp", "a.txt", "Talks\n\nDecember 4, 2026 was the day " + body + "\n", "", ""},
		{"the address of the article", "a.jsonl", `{"title": "Talks", "url": "https://www.example.com/world/2026/12/04/rossi-berg-talks/", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"the address with a dated slug", "a.jsonl", `{"title": "Talks", "url": "https://www.example.com/world/rossi-berg-talks-2026-12-04/", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"a source date beats the address", "a.jsonl", `{"title": "Talks", "date": "2026-12-04", "url": "https://www.example.com/2026/11/30/talks/", ` + jsonBody + "}\n", "2026-12-04", "2026-12-03"},
		{"no date anywhere keeps the words", "a.jsonl", `{"title": "Talks", "url": "https://www.example.com/world/talks", ` + jsonBody + "}\n", "", ""},
		{"a dateline's day before the stored date counts today", "a.md", "---\ntitle: Talks\ndate: 2026-12-05\n---\n\nROME, Dec. 4 (Reuters) - Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome today, officials said.\n", "2026-12-05", "2026-12-04"},
		{"a dateline's day before the stored date counts weekdays", "a.md", "---\ntitle: Talks\ndate: 2026-12-05\n---\n\nROME, Dec. 4 (Reuters) - Italian Foreign Minister Marta Rossi will meet Swedish Prime Minister Jonas Berg in Rome on Friday, officials said.\n", "2026-12-05", "2026-12-04"},
		{"a dateline of the stored date changes nothing", "a.md", "---\ntitle: Talks\ndate: 2026-12-04\n---\n\nROME, Dec. 4 (Reuters) - " + body + "\n", "2026-12-04", "2026-12-03"},
		{"a dateline long before the stored date is not the story's day", "a.md", "---\ntitle: Talks\ndate: 2026-12-04\n---\n\nROME, Nov. 20 (Reuters) - Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome today, officials said.\n", "2026-12-04", "2026-12-04"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{}, map[string]string{c.file: c.content})
			raw := rawDB(t, path)
			if got := queryRows(t, raw, `SELECT coalesce(published, '') FROM articles`); len(got) != 1 || got[0] != c.published {
				t.Errorf("published %v, want %q", got, c.published)
			}
			if got := queryRows(t, raw, `SELECT coalesce(date, '') FROM contacts`); len(got) != 1 || got[0] != c.date {
				t.Errorf("the meeting is dated %v, want %q", got, c.date)
			}
		})
	}
}

package dates_test

import (
	"testing"

	"hotline/importer/dates"
)

// TestFromURL reads the publication dates news sites write into their article addresses.
func TestFromURL(t *testing.T) {
	runStringCases(t, "FromURL", dates.FromURL, []stringCase{
		{"year, month and day segments", "https://www.example.com/world/2026/12/04/leaders-talk/", "2026-12-04"},
		{"segments without leading zeros", "https://news.example.net/news/2026/2/9/drone-attacks", "2026-02-09"},
		{"an abbreviated month name", "https://www.example.co.uk/law/2026/dec/04/leaders-talk", "2026-12-04"},
		{"a month and day in four figures", "http://www.example.com/USA/2026/1204/Leaders-talk-video", "2026-12-04"},
		{"a story id after the date", "https://www.example.com/politics/2026/12/04/0a1b2c3d_story.html", "2026-12-04"},
		{"a date opening the slug", "https://www.example.co.za/politics/2026-12-04-watch-live-leaders-talk/", "2026-12-04"},
		{"a date closing the slug", "https://www.example.com/world/europe/leaders-talk-in-rome-2026-12-04/", "2026-12-04"},
		{"eight figures as a segment", "https://www.example.com/news/20261204/leaders-talk", "2026-12-04"},
		{"an archive's day of a paper before the web", "https://www.example.com/1987/03/02/world/lawson-talks.html", "1987-03-02"},
		{"eight figures before the web are an identifier", "https://www.example.com/news/19870302/leaders-talk", ""},
		{"a year and month only", "https://www.example.com/2026/12/leaders-talk", ""},
		{"a story number", "https://www.example.com/news/world-europe-53930796", ""},
		{"a number that is no date", "https://example.com/1109943346/PM-Discuss-Ties", ""},
		{"a date in the query", "https://www.example.com/story?date=2026-12-04", ""},
		{"a year in the host", "https://2026.example.com/story/12/04", ""},
		{"an impossible day", "https://www.example.com/2026/02/30/story", ""},
		{"no address", "", ""},
	})
}

package importer

import (
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"hotline/importer/dates"
	"hotline/importer/source"
)

// publication is an article's publication date (YYYY-MM-DD, or ""): the source's, else
// the date the page prints (printedDate), else the date in the article's address, which
// news sites write as "/2026/12/04/" or "-2026-12-04" (dates.FromURL), else the date its
// file is named after (fileNameDate).
func publication(d Dater, a source.Article) string {
	if p := validDay(a.Published); p != "" {
		return p
	}
	if d != nil {
		if p := printedDate(d, a); p != "" {
			return p
		}
	}
	if p := validDay(dates.FromURL(a.URL)); p != "" {
		return p
	}
	return fileNameDate(a.Source)
}

// fileNameDate is the date a one-article file is named after, as static-site generators
// and scrapers save posts ("_posts/2016-01-14-defence-talks.md", "20160114_story.txt").
// Only the file's own name counts: a folder's date is often the day of the scrape, and a
// record of a JSON Lines or CSV export ("dump-2026-12-04.jsonl#3") carries the export's
// date, not the article's.
func fileNameDate(src string) string {
	if src == "" || strings.Contains(src, "#") {
		return ""
	}
	return validDay(dates.FromURL(filepath.Base(src)))
}

// printedDate is the publication date an article prints when its source gave none: a
// dated line at the top of the body, else a date that ends its headline, as readouts and
// releases put it ("PM call with President Zelenskyy: 12 March 2024", "Joint statement |
// March 12, 2024"). A date inside a headline's words ("Biden, Xi to meet on Nov 15") is
// the news, not the publication, and is not read.
func printedDate(d Dater, a source.Article) string {
	if p := validDay(d.Publication(a.Text)); p != "" {
		return p
	}
	if i := strings.LastIndexAny(a.Title, ":|–—"); i >= 0 {
		_, size := utf8.DecodeRuneInString(a.Title[i:])
		return validDay(d.Publication(a.Title[i+size:]))
	}
	return ""
}

// datelineLag is how many days a source's date may lie after the day its wire dateline
// names and still be the same story: an agency's copy goes out on the dateline's day and
// is stored, scraped or reprinted a day or two later.
const datelineLag = 3

// storyDay is the day the story's "on Tuesday" and "today" are told from: the day its wire
// dateline names ("LAGOS, January 20 (Xinhua) --", "Feb. 1 (UPI) --", "PARIS, Tuesday --")
// when that is the publication day or up to datelineLag days before it, else the
// publication date. A
// dateline of Wednesday over copy stored on Thursday still means Wednesday by "today".
func storyDay(published, dateline string) string {
	pub, err := time.Parse(time.DateOnly, published)
	if err != nil || dateline == "" {
		return published
	}
	for _, e := range dates.Find(dateline) {
		if (e.Kind != dates.Absolute || e.Day == 0) && e.Kind != dates.Weekday {
			continue // a day of a month, or the weekday older copy datelines: "PARIS, Tuesday --"
		}
		day, err := time.Parse(time.DateOnly, dates.Resolve(e, published, dates.Past))
		if err != nil {
			return published
		}
		if lag := pub.Sub(day).Hours() / 24; lag >= 0 && lag <= datelineLag {
			return day.Format(time.DateOnly)
		}
		return published
	}
	return published
}

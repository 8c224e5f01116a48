package source

import (
	"encoding/json"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"hotline/importer/dates"
)

// record is one article exported by a scraper (a JSON object, a CSV row or front matter),
// with its keys in lower case because scrapers disagree on case ("pubDate", "Title").
type record map[string]any

// newRecord lower-cases the keys of m and writes their spaces and hyphens as underscores
// (a spreadsheet's "Published Date" is "published_date"). When two keys differ only in
// case ("Title" and "title"), the first non-empty one in the sorted order of the original keys wins, so the
// result does not depend on map iteration order.
func newRecord(m map[string]any) record {
	rec := make(record, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		lk := fieldKey(k)
		if stringOf(rec[lk]) == "" {
			rec[lk] = m[k]
		}
	}
	return rec
}

// fieldKey is the name a field is looked up by: lower case, with spaces and hyphens as
// underscores ("Published Date", "publish-date" and "published_date" are one).
func fieldKey(k string) string {
	return strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(k)))
}

// first returns the first non-empty value among keys, as text.
func (rec record) first(keys ...string) string {
	for _, k := range keys {
		if s := stringOf(rec[k]); s != "" {
			return s
		}
	}
	return ""
}

// textKeys are the names scrapers give the article body, best first. A description is a
// summary and only stands in when there is no body at all.
func textKeys() []string {
	return []string{"text", "body", "content", "maintext", "article", "article_text",
		"articlebody", "full_text", "fulltext", "story", "bodytext", "description"}
}

// The accessors below read one field under the names scrapers give it, best first.

func (rec record) title() string { return rec.first("title", "headline", "webtitle") }

// text is the body under the names scrapers give it, else under an object of fields
// beside the record's own (the Guardian's API keeps "bodyText" in "fields").
func (rec record) text() string {
	if t := rec.first(textKeys()...); t != "" {
		return t
	}
	if fields, ok := rec["fields"].(map[string]any); ok {
		return newRecord(fields).first(textKeys()...)
	}
	return ""
}

// page is the whole web page a crawler kept with the record (Common Crawl-style and
// archiving scrapers store it beside or instead of an extracted body).
func (rec record) page() string { return rec.first("html", "raw_html", "page_html", "rawhtml", "page") }

// url is the article's address; trafilatura's JSON gives it as "source" and no "url".
func (rec record) url() string {
	if u := rec.first("url", "link", "canonical_url", "source_url", "weburl"); u != "" {
		return u
	}
	if s := rec.first("source"); isWebAddress(s) {
		return s
	}
	return ""
}

// publisher is the outlet's name or domain. A "source" that is a web address is the
// article's (url), and the outlet is then under another name (trafilatura's
// "source-hostname", "hostname"); with none, the address's host names it.
func (rec record) publisher() string {
	host := ""
	for _, k := range []string{"source", "source_domain", "publisher", "site_name", "sitename",
		"source_name", "source_hostname", "outlet", "domain", "hostname"} {
		s := rec.first(k)
		if !isWebAddress(s) {
			if s != "" {
				return s
			}
			continue
		}
		if u, err := url.Parse(s); err == nil && host == "" {
			host = u.Hostname()
		}
	}
	return host
}

// isWebAddress tells whether s is an absolute http(s) address.
func isWebAddress(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// author is the byline (the Guardian's API keeps it in "fields"); a number is a CMS's id
// for the author (WordPress's REST API), not a name.
func (rec record) author() string {
	a := rec.first("author", "authors", "byline", "creator")
	if fields, ok := rec["fields"].(map[string]any); ok && a == "" {
		a = newRecord(fields).first("byline", "author")
	}
	if strings.Trim(a, "0123456789") == "" {
		return ""
	}
	return a
}

// published normalizes the first date field that parses to YYYY-MM-DD. Dates of a later
// update or of the crawl are not publication dates and are not read.
func (rec record) published() string {
	for _, k := range []string{"date", "published", "date_publish", "publish_date", "pubdate",
		"datepublished", "published_at", "publishedat", "date_published", "publication_date",
		"pub_date", "published_date", "published_time", "publishedtime", "article:published_time",
		"first_published", "first_published_at", "firstpublished", "publication_time", "datetime", "publishdate",
		"publisheddate", "published_on", "publishedon", "publish_time", "publishtime", "pub_time", "release_date",
		"seendate", "issued", "dc.date.issued", "date_time", "webpublicationdate"} {
		if d := dates.Parse(dateString(rec[k])); d != "" {
			return d
		}
	}
	return ""
}

// dateString renders a date field as text, unwrapping the object MongoDB exports dates as
// ({"$date": "2022-02-01T08:00:00Z"}, {"$date": {"$numberLong": "1643709600000"}}).
func dateString(v any) string {
	if m, ok := v.(map[string]any); ok {
		for _, k := range []string{"$date", "$numberLong"} {
			if inner, ok := m[k]; ok {
				return dateString(inner)
			}
		}
	}
	return stringOf(v)
}

// mergePage is a record's article with its body read from the page it kept (p): the
// record's own title, date, address, publisher and author first, the page's where the
// record has none.
func mergePage(a, p Article) Article {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&a.Title, p.Title}, {&a.Published, p.Published}, {&a.URL, p.URL}, {&a.Publisher, p.Publisher}, {&a.Author, p.Author},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	a.Text = p.Text
	return a
}

// article maps the record onto an Article.
func (rec record) article(source string) Article {
	return Article{
		Source: source, Title: rec.title(), Published: rec.published(), URL: rec.url(),
		Publisher: rec.publisher(), Author: rec.author(), Text: strings.TrimSpace(rec.text()),
	}
}

// stringOf renders a field value as text: strings as they are, numbers in full (a Unix
// timestamp must not turn into 1.6e+09), lists joined with ", " (authors), an object by
// its "name" (NewsAPI's source), "rendered" (WordPress's REST API: title.rendered,
// content.rendered), "main" (the New York Times API's headline) or "title" (Event
// Registry's source), a YAML timestamp as a date.
func stringOf(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case json.Number:
		return x.String()
	case int, int64, uint64, float64:
		return jsonString(x)
	case time.Time:
		return x.Format("2006-01-02")
	case []any:
		var parts []string
		for _, e := range x {
			if s := stringOf(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		rec := newRecord(x)
		return rec.first("name", "rendered", "main", "title")
	}
	return ""
}

// jsonString prints a number the way JSON would.
func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

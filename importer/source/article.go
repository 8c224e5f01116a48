// Package source reads articles from text files, Markdown with front matter, JSON Lines,
// JSON arrays and CSV exports of news scrapers, and wire archives in SGML (TREC's and the
// LDC's <DOC> files: sgml.go), from folders, standard input or an fs.FS.
// A body a scraper kept as the page's HTML or as a converter's Markdown is read as the
// page prints it (markup.go); a whole web page, saved (.html) or in a crawl's Web ARChive
// (.warc), is read as the story Readability finds in it (htmlpage.go, warc.go).
package source

// Article is one article as read from an input, before cleaning.
type Article struct {
	Source    string // where it came from: the file path, or "file.jsonl#N" for the N-th record (1-based)
	Title     string // "" when there is none
	Published string // ISO 8601 date (YYYY-MM-DD) or ""; never a free-form string
	URL       string
	Publisher string
	Author    string
	Text      string // the body as read, furniture and all
}

// Skip is an input that was not imported, with the reason in words a user can act on.
type Skip struct {
	Source string
	Reason string
}

package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"hotline/importer/clean"
	"hotline/importer/dates"
)

// parseText reads one plain-text or Markdown article: optional YAML front matter, an
// optional metadata line (" date 2022-02-01 Trending"), an optional title line, then the
// body. The body is kept as printed; cleaning is for the clean package.
func (r *reader) parseText(data []byte) (Article, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	// Windows ends its lines with CRLF, classic Mac OS (and archives copied from it) with
	// CR alone.
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	var a Article
	lines := strings.Split(text, "\n")
	lines, err := frontMatter(lines, &a)
	if err != nil {
		return a, err
	}
	// A body a scraper saved as HTML or Markdown is read as the page prints it.
	body := strings.Join(lines, "\n")
	if plain := r.markup.plainText(body); plain != body {
		lines = strings.Split(plain, "\n")
	}
	a.Title = r.markup.plainText(a.Title)
	lines = metadataLine(lines, &a, r.cleaner.IsEntryStamp)
	// A hard-wrapped body is rejoined before the title is looked for: its first line is a
	// piece of the first paragraph, not a headline.
	if joined := strings.Join(lines, "\n"); len(lines) > 1 {
		if body := r.cleaner.UnwrapTitled(a.Title, joined); body != joined {
			lines = strings.Split(body, "\n")
		}
	}
	title, rest := r.splitTitle(lines)
	switch {
	case a.Title == "":
		a.Title, lines = title, rest
	case title != "" && (!clean.EndsSentence(title) || strings.EqualFold(title, a.Title)):
		lines = rest // the headline printed again over the body ("# Talks end." under a title "Talks end.")
	}
	a.Text = strings.TrimSpace(strings.Join(lines, "\n"))
	if a.Text == "" {
		return a, errors.New("no article text")
	}
	return a, nil
}

// frontMatter reads a YAML block between "---" lines at the top of a Markdown file into a
// and returns the lines after it. Without front matter the lines come back unchanged. A
// block YAML refuses is read as plain "key: value" lines when it is made of them
// (plainFrontMatter): a colon in a headline is not worth an article.
func frontMatter(lines []string, a *Article) ([]string, error) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines, nil
	}
	for i := 1; i < len(lines); i++ {
		if end := strings.TrimSpace(lines[i]); end != "---" && end != "..." {
			continue
		}
		var meta map[string]any
		if err := yaml.Unmarshal([]byte(strings.Join(lines[1:i], "\n")), &meta); err != nil {
			plain, ok := plainFrontMatter(lines[1:i])
			if !ok {
				return nil, fmt.Errorf("front matter is not valid YAML: %v", err)
			}
			meta = plain
		}
		rec := newRecord(meta)
		a.Title, a.Published, a.URL = rec.title(), rec.published(), rec.url()
		a.Publisher, a.Author = rec.publisher(), rec.author()
		return lines[i+1:], nil
	}
	return nil, errors.New("front matter has no closing ---")
}

// metadataLine reads a first line such as " date 2022-02-01 Trending" or "Published:
// Feb 1, 2022": the word date or published, a date, and optional words after it that
// scrapers add. The line goes from the body only when the date parses. When the front
// matter already dated the article, a line that is an entry's stamp (entryStamp: "Updated
// March 5, 2025, 9:12 a.m. ET" over a live blog's first entry) stays in the body: it dates
// that entry, and the cleaner cuts it and hands it on as the entry's stamp. An "Updated"
// line over a "Published" one gives the first-published date, and both go.
func metadataLine(lines []string, a *Article, entryStamp func(string) bool) []string {
	i := firstNonEmpty(lines)
	if i < 0 || a.Published != "" && entryStamp(strings.TrimSpace(lines[i])) {
		return lines
	}
	label, d := labelledDate(lines[i])
	if d == "" {
		return lines
	}
	rest := lines[i+1:]
	if a.Published == "" && label == "updated" {
		// "Updated 10 June 2025" over "Published 9 June 2025": the story's "on Tuesday" is
		// told from when it was first published.
		if j := firstNonEmpty(rest); j >= 0 {
			if next, first := labelledDate(rest[j]); first != "" && (next == "published" || next == "posted") {
				d, rest = first, rest[j+1:]
			}
		}
	}
	if a.Published == "" {
		a.Published = d
	}
	return rest
}

// labelledDate reads a line that opens with the word date, published, posted, updated or
// dated and goes on with a date, and returns that word in lower case and the date; "" and
// "" for any other line.
func labelledDate(line string) (label, date string) {
	words := strings.Fields(line)
	if len(words) < 2 {
		return "", ""
	}
	label = strings.ToLower(strings.TrimSuffix(words[0], ":"))
	switch label {
	case "date", "published", "posted", "updated", "dated":
	default:
		return "", ""
	}
	for n := len(words); n > 1; n-- {
		if d := dates.Parse(strings.Join(words[1:n], " ")); d != "" {
			return label, d
		}
	}
	return "", ""
}

// firstNonEmpty returns the index of the first line with text, or -1.
func firstNonEmpty(lines []string) int {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return i
		}
	}
	return -1
}

package page

import (
	"html"
	"strings"
)

// RowPage is one row with what points to it and, for an article, its evidence.
type RowPage struct {
	Layout
	Table   string
	Fields  []RowField
	Related []RelatedLink
	Article *Article
	JSONURL string
	Profile *ActorProfile   // an actor's profile (profile.templ)
	Reports *ContactReports // a contact's reports in full (reports.templ)
}

// RowField is one column of the row, shown in full: a long text (Cell.Full set) is
// folded into a <details> whose summary is its beginning.
type RowField struct {
	Name string
	Cell Cell
}

// RelatedLink leads to the rows of another table that point at this row, directly by a
// foreign key or through a link table (Via), with the first few of them inline.
type RelatedLink struct {
	Table, Column string
	Count         string // "1 quote", "12 quotes"
	URL           string
	TestID        string
	// Via is the link table the rows are reached through ("" for a direct key); ViaURL
	// shows its own rows, ViaCount how many.
	Via, ViaURL, ViaCount, ViaTestID string
	Preview                          []PreviewLink
	More                             bool // there are more rows than Preview shows
}

// PreviewLink is one related row, named by its label.
type PreviewLink struct {
	Text, URL string
}

// Article is an article's text cut at every evidence boundary, so overlapping spans need
// no nesting: each segment lists every span that covers it.
type Article struct {
	Segments []Segment
	Evidence []EvidenceItem
}

// Segment is a run of text covered by the same set of evidence spans.
type Segment struct {
	Text    string
	Marks   []string // one description per covering span; empty for plain text
	Anchors []string // the ids of the spans that start here, for links to them
}

// EvidenceItem is one extracted row and where its proof is.
type EvidenceItem struct {
	Table, Rule, Label string
	Start, End         int
	Quote              string // the span's text
	URL                string // the extracted row's page
}

// ContactReports are the reports of one contact (reports.templ).
type ContactReports struct {
	Heading string // "3 reports"
	Reports []ContactReport
}

// ContactReport is one article's report of a contact.
type ContactReport struct {
	Sentence   []MarkedText // the sentence cut at every highlight
	Article    string       // its title, or its source when untitled
	ArticleURL string       // the article's row page
	Publisher  string
	Published  string
	URL        string // the original article on the web, when known
	Status     string // the status this article gave: held, scheduled, proposed, cancelled
	Said       string // what else it said: "phone, 2022-02-01 (Tuesday), rule contact.call"
}

// MarkedText is a piece of a sentence; Kind is "participant", "contact" or "" for plain.
type MarkedText struct {
	Text, Kind, Title string
}

// anchorSpans is an empty <span class="anchor"> for each id, written as one run of HTML so
// that no whitespace enters the article's text between them.
func anchorSpans(ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(`<span class="anchor" id="` + html.EscapeString(id) + `"></span>`)
	}
	return b.String()
}

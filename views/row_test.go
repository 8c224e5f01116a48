package views_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestRowPage(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts/1", http.StatusOK)
	if got := testid(doc, "field-title").Text(); got != "Biden–Xi call" {
		t.Errorf("title field = %q", got)
	}
	if got := testid(doc, "field-initiator_id").Find("a").AttrOr("href", ""); got != "/hotline/actors/1" {
		t.Errorf("foreign key link = %q", got)
	}
	if got := href(t, doc, "related-link-contact_participants-contact_id"); got != "/hotline/contact_participants?contact_id=1" {
		t.Errorf("related link = %q", got)
	}
	if got := testid(doc, "related-link-contact_participants-contact_id").Text(); !strings.Contains(got, "2 rows") {
		t.Errorf("related count = %q", got)
	}
	doc = getHTML(t, h, "/hotline/actors/1", http.StatusOK)
	if got := testid(doc, "page-title").Text(); got != "Joe Biden (1)" {
		t.Errorf("row title = %q, want the label and the key", got)
	}
	doc = getHTML(t, h, "/hotline/contact_participants/2,3", http.StatusOK)
	if got := testid(doc, "field-actor_id").Text(); !strings.Contains(got, "Emmanuel Macron") {
		t.Errorf("composite key row: actor = %q", got)
	}
	// Following a related link lands on the filtered table.
	doc = getHTML(t, h, "/hotline/contact_participants?contact_id=1", http.StatusOK)
	if got := testid(doc, "row-count").Text(); got != "2 rows" {
		t.Errorf("related rows = %q", got)
	}
}

func TestArticleEvidence(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/hotline/articles/1", http.StatusOK)
	text := testid(doc, "article-text")
	if got := text.Text(); got != `Biden called Xi on Tuesday. "We talked," Biden said.` {
		t.Errorf("article text = %q", got)
	}
	marks := map[string]string{}
	text.Find(`[data-testid="evidence-mark"]`).Each(func(_ int, m *goquery.Selection) {
		marks[m.Text()] = m.AttrOr("title", "")
	})
	if title := marks["Biden"]; !strings.Contains(title, "actor_mentions") || !strings.Contains(title, "contact_mentions") {
		t.Errorf("overlapping spans over Biden: title %q", title)
	}
	if title := marks["We talked"]; !strings.Contains(title, "quotes") || !strings.Contains(title, "said") {
		t.Errorf("quote span title %q", title)
	}
	if got := testid(doc, "evidence-item").Length(); got != 4 {
		t.Errorf("%d evidence rows, want 4", got)
	}
}

func TestOddNamesRoundTrip(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline", http.StatusOK)
	tableURL := href(t, doc, "table-link-odd.name, x")
	if strings.ContainsAny(tableURL, " ,") || strings.Count(tableURL, ".") != 0 {
		t.Errorf("table URL %q is not tilde-encoded", tableURL)
	}
	doc = getHTML(t, h, tableURL+"?_size=5", http.StatusOK)
	rowURL := href(t, doc, "row-link")
	doc = getHTML(t, h, rowURL, http.StatusOK)
	if got := testid(doc, "field-k").Text(); got != "a,b/c~d.json" {
		t.Errorf("row reached through %s has k = %q", rowURL, got)
	}
	var p page
	getJSON(t, h, rowURL+".json", &p)
	if len(p.Rows) != 1 || p.Rows[0]["v"] != "tricky key" {
		t.Errorf("row JSON = %+v", p)
	}
	// A name typed by hand, percent-encoded rather than tilde-encoded, also works.
	var rows []map[string]any
	getJSON(t, h, "/hotline/odd.name%2C%20x.json?_shape=array", &rows)
	if len(rows) != 2 {
		t.Errorf("percent-encoded table name: %d rows", len(rows))
	}
}

func TestRowidTable(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/notes", http.StatusOK)
	rowURL := href(t, doc, "row-link")
	if rowURL != "/hotline/notes/1" {
		t.Errorf("row link of a rowid table = %q", rowURL)
	}
	doc = getHTML(t, h, rowURL, http.StatusOK)
	if got := testid(doc, "field-body").Text(); got != "first note" {
		t.Errorf("body = %q", got)
	}
}

package views_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"hotline/db"
	"hotline/views"
)

func TestIndex(t *testing.T) {
	tests := []struct {
		name          string
		edit          func(*views.Config)
		title, footer string
	}{
		{"meta table", nil, "Fixture hotline", "CC0"},
		{"config wins", func(c *views.Config) { c.Title, c.License = "Configured", "ODbL" }, "Configured", "ODbL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, newHandler(t, tt.edit), "/", http.StatusOK)
			if got := testid(doc, "page-title").Text(); got != tt.title {
				t.Errorf("title = %q, want %q", got, tt.title)
			}
			if got := testid(doc, "footer").Text(); !strings.Contains(got, tt.footer) {
				t.Errorf("footer = %q, want %q", got, tt.footer)
			}
			if got := testid(doc, "table-count-contacts").Text(); got != "3 rows" {
				t.Errorf("contacts count = %q", got)
			}
			if got := href(t, doc, "download-link"); got != "/hotline.db" {
				t.Errorf("download link = %q", got)
			}
			if testid(doc, "query-list").Find(`[data-testid="table-link-calls_by_mode"]`).Length() != 1 {
				t.Error("canned query not listed")
			}
			for _, hidden := range []string{"quotes_fts_data", "quotes_fts"} {
				if testid(doc, "table-link-"+hidden).Length() != 0 {
					t.Errorf("hidden table %s listed on the index", hidden)
				}
			}
		})
	}
}

func TestDatabasePage(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/hotline", http.StatusOK)
	checks := []struct{ name, sel string }{
		{"table", `[data-testid="table-list"] [data-testid="table-link-contacts"]`},
		{"view", `[data-testid="view-list"] [data-testid="table-link-phone_calls"]`},
		{"hidden", `[data-testid="hidden-tables"] [data-testid="table-link-quotes_fts_data"]`},
		{"query", `[data-testid="query-list"] [data-testid="table-link-calls_by_mode"]`},
		{"editor", `[data-testid="sql-form"] [data-testid="sql-editor"]`},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if doc.Find(c.sel).Length() != 1 {
				t.Errorf("missing %s", c.sel)
			}
		})
	}
	if action, _ := testid(doc, "sql-form").Attr("action"); action != "/hotline/-/query" {
		t.Errorf("SQL form action = %q", action)
	}
}

func TestQueryPage(t *testing.T) {
	h := newHandlerWith(t, db.ReadOptions{MaxReturnedRows: 10, SQLTimeLimit: time.Second}, nil)
	tests := []struct {
		name, url string
		want      []string // first column of the results
		truncated bool
		param     string
	}{
		{"ad hoc", "/hotline/-/query?sql=select+id+from+contacts+where+mode+%3D+:m+order+by+id&m=phone", []string{"1", "3"}, false, "m"},
		{"on the database", "/hotline?sql=select+2+as+two", []string{"2"}, false, ""},
		{"truncated", "/hotline/-/query?sql=select+id+from+big", nil, true, ""},
		{"canned", "/hotline/calls_by_mode?mode=meeting", []string{"2"}, false, "mode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, http.StatusOK)
			if testid(doc, "results-table").Length() != 1 || testid(doc, "sql-submit").Length() != 1 {
				t.Fatal("no results table or no submit button")
			}
			if tt.want != nil {
				if got := firstColumn(doc); strings.Join(got, ",") != strings.Join(tt.want, ",") {
					t.Errorf("results = %v, want %v", got, tt.want)
				}
			}
			if got := testid(doc, "truncated-notice").Length() == 1; got != tt.truncated {
				t.Errorf("truncated notice shown = %v", got)
			}
			if tt.param != "" && testid(doc, "query-param-"+tt.param).Length() != 1 {
				t.Errorf("no field for parameter %s", tt.param)
			}
			if testid(doc, "took").Length() != 1 {
				t.Error("time taken not shown")
			}
		})
	}
	doc := getHTML(t, h, "/hotline/calls_by_mode?mode=phone", http.StatusOK)
	if testid(doc, "sql-editor").Length() != 0 || testid(doc, "query-description").Text() != "Contacts of one mode" {
		t.Error("canned query page should show its description and no editor")
	}
	if got := testid(doc, "page-title").Text(); got != "Calls by mode" {
		t.Errorf("canned query title = %q", got)
	}
}

func firstColumn(doc *goquery.Document) []string {
	var out []string
	testid(doc, "results-table").Find("tbody tr").Each(func(_ int, tr *goquery.Selection) {
		out = append(out, strings.TrimSpace(tr.Find("td").First().Text()))
	})
	return out
}

func TestCannedQueryShadowsTable(t *testing.T) {
	h := newHandler(t, func(c *views.Config) {
		c.Queries["contacts"] = views.CannedQuery{SQL: "select 'canned' as source"}
	})
	doc := getHTML(t, h, "/hotline/contacts", http.StatusOK)
	if got := firstColumn(doc); len(got) != 1 || got[0] != "canned" {
		t.Errorf("/hotline/contacts served %v, want the canned query", got)
	}
}

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

func TestDownload(t *testing.T) {
	h := newHandler(t, nil)
	rec := get(t, h, "/hotline.db")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "SQLite format 3\x00") {
		t.Fatalf("status %d, body starts %q", rec.Code, rec.Body.String()[:min(16, rec.Body.Len())])
	}
	if cd := rec.Header().Get("Content-Disposition"); cd != "attachment; filename=hotline.db" {
		t.Errorf("Content-Disposition = %q", cd)
	}
	if rec.Header().Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
		t.Errorf("Content-Length %q for %d bytes", rec.Header().Get("Content-Length"), rec.Body.Len())
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if r := get(t, h, "/hotline.db", "If-None-Match", etag); r.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d", r.Code)
	}
	r := get(t, h, "/hotline.db", "Range", "bytes=0-5")
	if r.Code != http.StatusPartialContent || r.Body.String() != "SQLite" {
		t.Errorf("Range: status %d body %q", r.Code, r.Body.String())
	}
}

func TestStaticAssets(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/", http.StatusOK)
	for _, sel := range []string{`link[rel=stylesheet]`, `script[src]`} {
		el := doc.Find(sel)
		u := el.AttrOr("href", el.AttrOr("src", ""))
		if !strings.HasPrefix(u, "/-/static/app.") {
			t.Fatalf("%s points at %q, not a hashed asset", sel, u)
		}
		rec := get(t, h, u)
		if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
			t.Fatalf("GET %s: status %d", u, rec.Code)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("Cache-Control = %q", cc)
		}
		if r := get(t, h, u, "If-None-Match", rec.Header().Get("ETag")); r.Code != http.StatusNotModified {
			t.Errorf("If-None-Match: status %d", r.Code)
		}
	}
	if rec := get(t, h, "/-/static/app.0000000000.css"); rec.Code != http.StatusNotFound {
		t.Errorf("outdated hash: status %d", rec.Code)
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

func TestEmptyQueryShowsEditor(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/hotline/-/query", http.StatusOK)
	if testid(doc, "sql-editor").Length() != 1 || testid(doc, "results-table").Length() != 0 {
		t.Error("an empty query should show the editor and no results")
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

package page_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"

	"hotline/views/page"
)

// render renders a component and parses it, failing the test on any error.
func render(tb testing.TB, c templ.Component) *goquery.Document {
	tb.Helper()
	var buf bytes.Buffer
	if err := c.Render(context.Background(), &buf); err != nil {
		tb.Fatalf("render: %v", err)
	}
	doc, err := goquery.NewDocumentFromReader(&buf)
	if err != nil {
		tb.Fatalf("parse: %v", err)
	}
	return doc
}

func testid(doc *goquery.Document, id string) *goquery.Selection {
	return doc.Find(`[data-testid="` + id + `"]`)
}

func layout() page.Layout {
	return page.Layout{
		SiteTitle: "Hotline <b>", PageTitle: "contacts", HomeURL: "/",
		Breadcrumbs: []page.Link{{Text: "hotline", URL: "/hotline"}},
		CSSURL:      "/-/static/app.abc.css", JSURL: "/-/static/app.abc.js",
		License: page.Link{Text: "CC-BY", URL: "https://example.org/l"},
	}
}

func TestLayout(t *testing.T) {
	doc := render(t, page.Error(page.ErrorPage{Layout: layout(), Status: "404 Not Found", Message: "no <table> x"}))
	tests := []struct{ id, want string }{
		{"page-title", "contacts"},
		{"breadcrumbs", "hotline"},
		{"footer", "CC-BY"},
		{"error-status", "404 Not Found"},
		{"error-message", "no <table> x"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := testid(doc, tt.id).Text(); !strings.Contains(got, tt.want) {
				t.Errorf("%s = %q, want it to contain %q", tt.id, got, tt.want)
			}
		})
	}
	if href, _ := doc.Find(`link[rel=stylesheet]`).Attr("href"); href != "/-/static/app.abc.css" {
		t.Errorf("stylesheet href = %q", href)
	}
	if src, _ := doc.Find(`script`).Attr("src"); src != "/-/static/app.abc.js" {
		t.Errorf("script src = %q", src)
	}
}

func TestTableEscapesAndLinks(t *testing.T) {
	p := page.TablePage{
		Layout:      layout(),
		Name:        "quotes",
		Description: "2 rows where text contains <script>",
		CountText:   "2 rows",
		Search:      &page.SearchBox{Action: "/hotline/quotes", Value: "peace"},
		Form: page.FilterForm{
			Action:  "/hotline/quotes",
			Columns: []page.Option{{Value: "text", Label: "text"}},
			Ops:     []page.Option{{Value: "exact", Label: "="}},
			Hidden:  []page.Field{{Name: "_sort", Value: "id"}},
			Active:  []page.ActiveFilter{{Column: "text", Op: "contains", Value: "<script>", RemoveURL: "/hotline/quotes?_sort=id"}},
		},
		Facets: []page.FacetBox{{Column: "mode", Title: "mode", TimedOut: true, Values: []page.FacetLink{{Label: "phone", Count: 3, URL: "/hotline/quotes?mode=phone"}}}},
		Grid: page.Grid{
			Headers: []page.Header{{Name: "id", SortURL: "/hotline/quotes?_sort=id", Arrow: "▲", TestID: "sort-id"}, {Name: "text"}},
			Rows: [][]page.Cell{{
				{Text: "1", Numeric: true, URL: "/hotline/quotes/1", LinkKind: "row-link"},
				{Text: "<script>alert(1)</script>"},
			}, {
				{Text: "2", Numeric: true, URL: "javascript:alert(1)", LinkKind: "row-link"},
				{Null: true},
			}},
		},
		NextURL: "/hotline/quotes?_next=2",
		Exports: page.Exports{JSON: "/hotline/quotes.json", CSV: "/hotline/quotes.csv?_dl=1", CSVStream: "/hotline/quotes.csv?_stream=on"},
	}
	var buf bytes.Buffer
	if err := page.Table(p).Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script>alert") {
		t.Fatal("cell text was not escaped")
	}
	doc := render(t, page.Table(p))
	checks := []struct {
		name string
		got  func() string
		want string
	}{
		{"description", func() string { return testid(doc, "table-description").Text() }, "contains <script>"},
		{"cell text", func() string { return doc.Find("td").Eq(1).Text() }, "<script>alert(1)</script>"},
		{"sort link", func() string { h, _ := testid(doc, "sort-id").Attr("href"); return h }, "/hotline/quotes?_sort=id"},
		{"row link", func() string { h, _ := testid(doc, "row-link").First().Attr("href"); return h }, "/hotline/quotes/1"},
		{"unsafe url sanitized", func() string { h, _ := testid(doc, "row-link").Eq(1).Attr("href"); return h }, "about:invalid"},
		{"numbers right-aligned", func() string { c, _ := doc.Find("td").First().Attr("class"); return c }, "num"},
		{"null", func() string { return doc.Find("td .null").Text() }, "null"},
		{"hidden field", func() string { v, _ := testid(doc, "filter-form").Find(`input[name="_sort"]`).Attr("value"); return v }, "id"},
		{"remove filter", func() string { h, _ := testid(doc, "filter-remove-text").Attr("href"); return h }, "/hotline/quotes?_sort=id"},
		{"facet value", func() string {
			h, _ := testid(doc, "facet-mode").Find(`[data-testid="facet-value"]`).Attr("href")
			return h
		}, "mode=phone"},
		{"facet timeout", func() string { return testid(doc, "facet-timeout-mode").Text() }, "timed out"},
		{"search value", func() string { v, _ := testid(doc, "search-input").Attr("value"); return v }, "peace"},
		{"next", func() string { h, _ := testid(doc, "next-page").Attr("href"); return h }, "_next=2"},
		{"csv", func() string { h, _ := testid(doc, "export-csv").Attr("href"); return h }, ".csv?_dl=1"},
		{"stream", func() string { h, _ := testid(doc, "export-csv-stream").Attr("href"); return h }, "_stream=on"},
		{"filter select", func() string { return testid(doc, "filter-column").Find("option").Text() }, "text"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if got := c.got(); !strings.Contains(got, c.want) {
				t.Errorf("got %q, want it to contain %q", got, c.want)
			}
		})
	}
}

func TestRowArticleMarks(t *testing.T) {
	p := page.RowPage{
		Layout:  layout(),
		Table:   "articles",
		Fields:  []page.RowField{{Name: "id", Cell: page.Cell{Text: "1", Numeric: true}}},
		Related: []page.RelatedLink{{Table: "quotes", Column: "article_id", Count: "2 rows", URL: "/hotline/quotes?article_id=1", TestID: "related-link-quotes-article_id"}},
		Article: &page.Article{
			Segments: []page.Segment{
				{Text: "Biden "},
				{Text: "called", Marks: []string{"contact_mentions · verb · call"}},
				{Text: " Xi", Marks: []string{"contact_mentions · verb · call", "actor_mentions · name · Xi"}},
				{Text: "."},
			},
			Evidence: []page.EvidenceItem{{Table: "actor_mentions", Rule: "name", Label: "Xi", Start: 13, End: 15, Quote: "Xi", URL: "/hotline/actor_mentions/3"}},
		},
	}
	doc := render(t, page.Row(p))
	marks := testid(doc, "evidence-mark")
	if marks.Length() != 2 {
		t.Fatalf("got %d marks, want 2", marks.Length())
	}
	if title, _ := marks.Eq(1).Attr("title"); !strings.Contains(title, "actor_mentions") || !strings.Contains(title, "contact_mentions") {
		t.Errorf("overlap title = %q, want both spans named", title)
	}
	if got := testid(doc, "article-text").Text(); got != "Biden called Xi." {
		t.Errorf("article text = %q", got)
	}
	if got := testid(doc, "evidence-item").Length(); got != 1 {
		t.Errorf("evidence items = %d", got)
	}
	if h, _ := testid(doc, "related-link-quotes-article_id").Attr("href"); h != "/hotline/quotes?article_id=1" {
		t.Errorf("related link = %q", h)
	}
}

func TestQueryPage(t *testing.T) {
	tests := []struct {
		name    string
		p       page.QueryPage
		present []string
		absent  []string
	}{
		{
			name:    "editor with results",
			p:       page.QueryPage{Editable: true, SQL: "select :x", Action: "/h/-/query", Params: []page.Field{{Name: "x", Value: "1"}}, Ran: true, CountText: "1 row", Truncated: true},
			present: []string{"sql-editor", "sql-submit", "query-param-x", "results-table", "truncated-notice", "row-count"},
			absent:  []string{"query-error"},
		},
		{
			name:    "canned with error",
			p:       page.QueryPage{SQL: "select 1", Title: "Calls", Description: "All calls", Error: "bad"},
			present: []string{"query-sql", "query-description", "query-error", "sql-submit"},
			absent:  []string{"sql-editor", "results-table"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.p.Layout = layout()
			doc := render(t, page.Query(tt.p))
			for _, id := range tt.present {
				if testid(doc, id).Length() == 0 {
					t.Errorf("missing %s", id)
				}
			}
			for _, id := range tt.absent {
				if testid(doc, id).Length() != 0 {
					t.Errorf("unexpected %s", id)
				}
			}
		})
	}
}

func TestIndexAndDatabase(t *testing.T) {
	tables := []page.TableSummary{{Name: "contacts", URL: "/h/contacts", Count: "3 rows"}}
	idx := render(t, page.Index(page.IndexPage{Layout: layout(), DatabaseName: "h", DatabaseURL: "/h", Tables: tables, DownloadURL: "/h.db"}))
	if got := testid(idx, "table-count-contacts").Text(); got != "3 rows" {
		t.Errorf("count = %q", got)
	}
	if testid(idx, "download-link").Length() != 1 {
		t.Error("no download link")
	}
	noDL := render(t, page.Index(page.IndexPage{Layout: layout(), DatabaseName: "h", DatabaseURL: "/h"}))
	if testid(noDL, "download-link").Length() != 0 {
		t.Error("download link shown although disabled")
	}
	dbp := render(t, page.Database(page.DatabasePage{Layout: layout(), Tables: tables, Hidden: []page.TableSummary{{Name: "fts_data", URL: "/h/fts_data"}}}))
	if testid(dbp, "hidden-tables").Find(`[data-testid="table-link-fts_data"]`).Length() != 1 {
		t.Error("hidden table not in the collapsed list")
	}
	if testid(dbp, "sql-form").Length() != 0 {
		t.Error("SQL form shown without a query URL")
	}
}

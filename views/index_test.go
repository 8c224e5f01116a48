package views_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

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

func TestPictureLinks(t *testing.T) {
	pictures, _ := pictureServer(t)
	tests := []struct {
		name string
		h    http.Handler
		page string
		want []string // the links of the picture list, in order
	}{
		{"front page", pictures, "/", []string{"/hotline/-/network", "/hotline/-/matrix"}},
		{"database page", pictures, "/hotline", []string{"/hotline/-/network", "/hotline/-/matrix"}},
		{"no contacts to draw", newHandler(t, nil), "/", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, tt.h, tt.page, http.StatusOK)
			var got []string
			testid(doc, "picture-list").Find("a").Each(func(_ int, a *goquery.Selection) {
				got = append(got, a.AttrOr("href", ""))
			})
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Fatalf("picture links %q, want %q", got, tt.want)
			}
			for _, u := range got {
				getHTML(t, tt.h, u, http.StatusOK)
			}
		})
	}
}

package views_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"hotline/views"
)

func TestViewSQLLink(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, target, sql string
		params            map[string]string
	}{
		{"filter and sort", "/hotline/contacts?mode=phone&_sort_desc=date",
			"SELECT *\nFROM \"contacts\"\nWHERE \"mode\" = :p0\nORDER BY \"date\" DESC, \"id\" DESC\nLIMIT 2", map[string]string{"p0": "phone"}},
		{"number filter", "/hotline/contacts?initiator_id=1",
			"SELECT *\nFROM \"contacts\"\nWHERE \"initiator_id\" = 1\nORDER BY \"id\"\nLIMIT 2", map[string]string{}},
		{"through", throughURL("/hotline/contacts", "contact_participants", "actor_id", "3"),
			"SELECT *\nFROM \"contacts\"\nWHERE \"id\" IN (SELECT \"contact_id\" FROM \"contact_participants\" WHERE \"actor_id\" = 3)\nORDER BY \"id\"\nLIMIT 2", map[string]string{}},
		{"search", "/hotline/quotes?_search=talked",
			"SELECT *\nFROM \"quotes\"\nWHERE \"id\" IN (SELECT rowid FROM \"quotes_fts\" WHERE \"quotes_fts\" MATCH :p0)\nORDER BY \"id\"\nLIMIT 2", map[string]string{"p0": `"talked"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := getHTML(t, h, tc.target, http.StatusOK)
			link := href(t, doc, "view-sql")
			u, err := url.Parse(link)
			if err != nil || u.Path != "/hotline/-/query" {
				t.Fatalf("link %q", link)
			}
			if got := u.Query().Get("sql"); got != tc.sql {
				t.Errorf("sql %s\nwant %s", got, tc.sql)
			}
			for k, v := range tc.params {
				if got := u.Query().Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			// The query page shows the same rows as the table page.
			page := getHTML(t, h, tc.target, http.StatusOK)
			query := getHTML(t, h, link, http.StatusOK)
			if a, b := cellTexts(page), cellTexts(query); a == "" || a != b {
				t.Errorf("table page cells %q, query page cells %q", a, b)
			}
		})
	}
}

func TestViewSQLHiddenWithoutSQL(t *testing.T) {
	h := newHandler(t, func(c *views.Config) { c.AllowSQL = false })
	doc := getHTML(t, h, "/hotline/contacts?mode=phone", http.StatusOK)
	if n := testid(doc, "view-sql").Length(); n != 0 {
		t.Errorf("%d SQL links with SQL disabled", n)
	}
}

// cellTexts joins the first cell of every row of the results grid.
func cellTexts(doc *goquery.Document) string {
	var out []string
	testid(doc, "results-table").Find("tbody tr").Each(func(_ int, tr *goquery.Selection) {
		out = append(out, strings.TrimSpace(tr.Find(`td[data-testid="cell"]`).First().Text()))
	})
	return strings.Join(out, ",")
}

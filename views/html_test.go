package views_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"hotline/views"
)

// checker is one assertion about a page, in the style of pkgsite's htmlcheck.
type checker func(*goquery.Document) error

// hasText checks that the element with the test id contains text.
func hasText(id, text string) checker {
	return func(doc *goquery.Document) error {
		sel := testid(doc, id)
		if sel.Length() == 0 {
			return fmt.Errorf("no element %s", id)
		}
		if got := sel.Text(); !strings.Contains(got, text) {
			return fmt.Errorf("%s = %q, want it to contain %q", id, got, text)
		}
		return nil
	}
}

// hasAttr checks that the first element with the test id has attr containing value.
func hasAttr(id, attr, value string) checker {
	return func(doc *goquery.Document) error {
		got, ok := testid(doc, id).First().Attr(attr)
		if !ok || !strings.Contains(got, value) {
			return fmt.Errorf("%s[%s] = %q, want it to contain %q", id, attr, got, value)
		}
		return nil
	}
}

// count checks how many elements carry the test id.
func count(id string, n int) checker {
	return func(doc *goquery.Document) error {
		if got := testid(doc, id).Length(); got != n {
			return fmt.Errorf("%d elements %s, want %d", got, id, n)
		}
		return nil
	}
}

func TestServerHTML(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url string
		status    int
		checks    []checker
	}{
		{"index", "/", 200, []checker{hasText("page-title", "Fixture hotline"), hasAttr("db-link", "href", "/hotline"), count("breadcrumbs", 0)}},
		{"database", "/hotline", 200, []checker{hasText("page-title", "hotline"), count("sql-editor", 1), hasAttr("export-json", "href", "/hotline.json")}},
		{"table", "/hotline/contacts", 200, []checker{
			hasText("breadcrumbs", "hotline"), hasText("row-count", "3 rows"), count("next-page", 1),
			hasAttr("export-json", "href", "/hotline/contacts.json"),
			hasAttr("export-csv", "href", "/hotline/contacts.csv?_dl=1"),
			hasAttr("export-csv-stream", "href", "_stream=on"),
			count("search-form", 0), count("active-filters", 0),
		}},
		{"last page has no next", "/hotline/contacts?_size=3", 200, []checker{count("next-page", 0)}},
		{"exports keep the filters", "/hotline/contacts?mode=phone&_sort=date", 200, []checker{
			hasAttr("export-json", "href", "mode=phone"), hasAttr("export-csv-stream", "href", "_sort=date"),
		}},
		{"search escaped by default", "/hotline/quotes?_search=talked+OR+peace", 200, []checker{hasText("row-count", "0 rows")}},
		{"search raw", "/hotline/quotes?_search=talked+OR+peace&_searchmode=raw", 200, []checker{hasText("row-count", "2 rows")}},
		// FTS5 reads a NUL as the end of its query ("unterminated string"); it only
		// separates words.
		{"search with a NUL", "/hotline/quotes?_search=talked%00", 200, []checker{hasText("row-count", "1 row")}},
		// Datasette's _search_COLUMN was ignored (every row shown), and an FTS table
		// could not search itself.
		{"search one column", "/hotline/quotes?_search_text=talked", 200, []checker{hasText("row-count", "1 row"), count("search-form", 0)}},
		{"search the index itself", "/hotline/quotes_fts?_search=talked", 200, []checker{hasText("row-count", "1 row"), count("search-form", 1)}},
		{"search a column the index lacks", "/hotline/quotes?_search_speaker=x", 400, []checker{hasText("error-message", "no column 'speaker'")}},
		{"two searches", "/hotline/quotes?_search=x&_search_text=y", 400, []checker{hasText("error-message", "one search")}},
		{"bad search mode", "/hotline/quotes?_search=x&_searchmode=fuzzy", 400, []checker{hasText("error-message", "_searchmode")}},
		{"view", "/hotline/phone_calls", 200, []checker{hasText("page-title", "phone_calls"), count("row-link", 0)}},
		{"size max", "/hotline/big?_size=max", 200, []checker{count("row-link", 50)}},
		{"row", "/hotline/quotes/2", 200, []checker{hasText("field-text", "peace <b>now</b>"), hasAttr("fk-link", "href", "/hotline/articles/1")}},
		{"query", "/hotline/-/query?sql=select+1+as+one", 200, []checker{hasText("row-count", "1 row"), hasText("took", "ms"), hasAttr("export-csv", "href", "/hotline/-/query.csv?sql=")}},
		{"canned", "/hotline/calls_by_mode?mode=phone", 200, []checker{hasAttr("query-param-mode", "value", "phone"), hasText("query-sql", ":mode"), hasText("row-count", "2 rows")}},
		{"canned, parameters not given yet", "/hotline/calls_by_mode", 200, []checker{count("query-waiting", 1), count("results-table", 0), count("query-error", 0), count("query-param-mode", 1)}},
		{"canned, a parameter given empty", "/hotline/calls_by_mode?mode=", 200, []checker{count("query-waiting", 0), hasText("row-count", "0 rows")}},
		{"ad hoc with parameters not given yet", "/hotline/-/query?sql=select+:x+as+x", 200, []checker{count("query-waiting", 1), count("results-table", 0)}},
		{"not found", "/hotline/nope/1", 404, []checker{hasText("error-status", "404 Not Found")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, tt.status)
			for _, c := range tt.checks {
				if err := c(doc); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := newHandler(t, nil)
	for _, target := range []string{"/", "/hotline/contacts.json", "/hotline/nope"} {
		rec := get(t, h, target)
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: Content-Security-Policy = %q", target, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", target)
		}
	}
}

func TestVersions(t *testing.T) {
	var v struct {
		Go      struct{ Version, Full string }
		SQLite  struct{ Version string }
		Hotline struct{ Version string }
	}
	getJSON(t, newHandler(t, func(c *views.Config) { c.Version = "9.8.7" }), "/-/versions.json", &v)
	if !strings.HasPrefix(v.Go.Full, "go") || !strings.HasPrefix(v.SQLite.Version, "3.") || v.Hotline.Version != "9.8.7" {
		t.Errorf("versions = %+v", v)
	}
}

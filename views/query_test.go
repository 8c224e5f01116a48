package views_test

import (
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"hotline/db"
	"hotline/views"
)

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

func TestEmptyQueryShowsEditor(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/hotline/-/query", http.StatusOK)
	if testid(doc, "sql-editor").Length() != 1 || testid(doc, "results-table").Length() != 0 {
		t.Error("an empty query should show the editor and no results")
	}
}

// TestQueryCachedJSON checks that a query's JSON says when its answer was a kept one: the
// second run of a count is, no run of random() ever is.
func TestQueryCachedJSON(t *testing.T) {
	type answer struct {
		Rows    [][]any `json:"rows"`
		Cached  bool    `json:"cached"`
		QueryMS float64 `json:"query_ms"`
	}
	run := func(t *testing.T, h http.Handler, sql string) answer {
		t.Helper()
		var a answer
		getJSON(t, h, "/hotline/-/query.json?_shape=arrays&sql="+url.QueryEscape(sql), &a)
		return a
	}
	t.Run("count", func(t *testing.T) {
		h := newHandler(t, nil)
		const q = "select count(*) from contacts where mode = 'phone'"
		first, second := run(t, h, q), run(t, h, q)
		if first.Cached || !second.Cached {
			t.Errorf("cached %v, then %v; want false, then true", first.Cached, second.Cached)
		}
		if !reflect.DeepEqual(first.Rows, second.Rows) {
			t.Errorf("kept rows %v, fresh %v", second.Rows, first.Rows)
		}
	})
	t.Run("kept answer while every worker is busy", func(t *testing.T) {
		h := newHandlerWith(t, db.ReadOptions{SQLTimeLimit: time.Second, MaxSQLWorkers: 1}, func(c *views.Config) {
			c.SQLWorkers, c.SQLQueue, c.SQLQueueWait, c.SQLPerClient = 1, 1, 300*time.Millisecond, 100
		})
		const q = "select count(*) from contacts"
		run(t, h, q)
		flood(h, "/hotline/-/query.json?sql="+infiniteSQL, 3,
			func(i int) string { return "192.0.2." + strconv.Itoa(i+1) + ":1234" },
			func() {
				// Until a statement that is not kept is turned away: the worker and the
				// queue are taken.
				for range 1000 {
					if get(t, h, "/hotline/-/query.json?sql=select+random()").Code == http.StatusServiceUnavailable {
						break
					}
				}
				if a := run(t, h, q); !a.Cached {
					t.Error("the kept count was not served from the cache")
				}
			})
	})
	t.Run("random", func(t *testing.T) {
		h := newHandler(t, nil)
		first, second := run(t, h, "select random()"), run(t, h, "select random()")
		if first.Cached || second.Cached || reflect.DeepEqual(first.Rows, second.Rows) {
			t.Errorf("random() gave %v (cached %v), then %v (cached %v)", first.Rows, first.Cached, second.Rows, second.Cached)
		}
	})
}

func TestQueryErrorStatus(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url string
		status    int
		says      string
	}{
		{"misspelt SELECT", "/hotline/-/query.json?sql=selec+1", http.StatusBadRequest, `near \"SELEC\": syntax error`},
		{"a write", "/hotline/-/query.json?sql=delete+from+contacts", http.StatusForbidden, "only read-only queries"},
		{"no such table", "/hotline/-/query.json?sql=select+*+from+nope", http.StatusBadRequest, "no such table: nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.url, nil))
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.says) {
				t.Errorf("status %d, body %s; want %d saying %s", rec.Code, rec.Body, tt.status, tt.says)
			}
		})
	}
}

func TestLongValuesUnfold(t *testing.T) {
	h := newHandler(t, nil)
	long := strings.Repeat("word ", 150)
	tests := []struct {
		name, url string
		unfold    int // cells that open to their whole text
	}{
		{"SQL result", "/hotline/-/query?sql=" + url.QueryEscape("select replace(hex(zeroblob(150)), '00', 'word ') as t, 1 as n"), 1},
		{"short values", "/hotline/-/query?sql=select+'short'", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, http.StatusOK)
			got := testid(doc, "unfold")
			if got.Length() != tt.unfold {
				t.Fatalf("%d cells unfold, want %d", got.Length(), tt.unfold)
			}
			if tt.unfold > 0 && !strings.Contains(got.Text(), long) {
				t.Errorf("the open cell does not hold the whole value: %.80q", got.Text())
			}
		})
	}
}

// A canned full-text query submitted with its search field empty is a 400 that says the
// field is empty; FTS5's own words (`syntax error near ""`) named neither the field nor
// what to do.
func TestEmptyFullTextSearch(t *testing.T) {
	h := newHandler(t, func(c *views.Config) {
		c.Queries["quotes_matching"] = views.CannedQuery{SQL: "select q.id from quotes_fts f join quotes q on q.id = f.rowid where quotes_fts match :word order by rank"}
	})
	tests := []struct {
		name, url string
		status    int
		says      string
	}{
		{"empty", "/hotline/quotes_matching?word=", http.StatusBadRequest, `the search field "word" is empty: type a word to search for`},
		{"only spaces", "/hotline/quotes_matching?word=+++", http.StatusBadRequest, `the search field "word" is empty`},
		{"empty as JSON", "/hotline/quotes_matching.json?word=", http.StatusBadRequest, `the search field \"word\" is empty`},
		{"ad hoc, empty", "/hotline/-/query.json?sql=select+rowid+from+quotes_fts+where+quotes_fts+MATCH+:w&w=", http.StatusBadRequest, `the search field \"w\" is empty`},
		{"a word", "/hotline/quotes_matching?word=talked", http.StatusOK, "1 row"},
		{"bad syntax still says so", "/hotline/quotes_matching?word=AND+talked", http.StatusBadRequest, `bad full-text search: syntax error near "AND"`},
		{"another field empty, the search bad", "/hotline/-/query.json?sql=select+rowid+from+quotes_fts+where+quotes_fts+MATCH+:w+and+:x+%3D+%27%27&w=AND+talked&x=", http.StatusBadRequest, `bad full-text search: syntax error near \"AND\"`},
		{"not given yet shows the form", "/hotline/quotes_matching", http.StatusOK, `data-testid="query-waiting"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.url)
			if body := html.UnescapeString(rec.Body.String()); rec.Code != tt.status || !strings.Contains(body, tt.says) || strings.Contains(body, `near ""`) || strings.Contains(body, `near \"\"`) {
				t.Errorf("status %d, body %s; want %d saying %s", rec.Code, body, tt.status, tt.says)
			}
		})
	}
}

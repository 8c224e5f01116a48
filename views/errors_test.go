package views_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"hotline/db"
	"hotline/views"
)

func TestStatusPages(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url string
		status    int
		message   string // part of the error message shown
	}{
		{"unknown database", "/nope", 404, `"nope"`},
		{"unknown table", "/hotline/nope", 404, `"nope"`},
		{"unknown row", "/hotline/contacts/999", 404, ""},
		{"unknown action", "/hotline/-/nothing", 404, ""},
		{"unknown path", "/a/b/c/d", 404, ""},
		{"unknown column filter", "/hotline/contacts?colour=red", 400, `"colour"`},
		{"unknown operator", "/hotline/contacts?mode__near=phone", 400, `"near"`},
		{"operator on unknown column", "/hotline/contacts?colour__gt=1", 400, `"colour"`},
		{"where with a second statement", "/hotline/contacts?_where=1;+delete+from+contacts", 400, "';'"},
		{"where with a parameter", "/hotline/contacts?_where=id+%3D+%3F", 400, "parameters"},
		{"where with bad SQL", "/hotline/contacts?_where=id+%3D%3D%3D", 400, "syntax error"},
		{"facet size zero", "/hotline/contacts?_facet=mode&_facet_size=0", 400, "_facet_size"},
		{"size negative", "/hotline/contacts?_size=-1", 400, "_size"},
		{"size not a number", "/hotline/contacts?_size=ten", 400, `"ten"`},
		{"size over max", "/hotline/contacts?_size=51", 400, "50"},
		{"sort unknown column", "/hotline/contacts?_sort=colour", 400, `"colour"`},
		{"sort both ways", "/hotline/contacts?_sort=id&_sort_desc=id", 400, "not both"},
		{"facet unknown column", "/hotline/contacts?_facet=colour", 400, `"colour"`},
		{"col unknown", "/hotline/contacts?_col=colour", 400, `"colour"`},
		{"search without index", "/hotline/contacts?_search=x", 400, "full-text"},
		{"date filter without a day", "/hotline/contacts?date__date=notaday", 400, "YYYY-MM-DD"},
		{"composite key with one value", "/hotline/contact_participants/1", 400, "this URL gives 1 value, not 2"},
		{"bad tilde encoding", "/hotline/contacts/~zz", 400, "tilde"},
		{"stream without format", "/hotline/contacts?_stream=on", 400, "_stream"},
		{"bad SQL", "/hotline/-/query?sql=select+*+frm+contacts", 400, "syntax error"},
		{"unknown column in SQL", "/hotline/-/query?sql=select+colour+from+contacts", 400, "no such column"},
		{"denied SQL", "/hotline/-/query?sql=delete+from+contacts", 403, "not allowed"},
		{"denied attach", "/hotline/-/query?sql=attach+database+'x.db'+as+x", 403, "not allowed"},
		{"timeout", "/hotline/-/query?sql=" + infiniteSQL, 400, "longer than"},
		{"bad query string", "/hotline/contacts?mode=%zz", 400, "decode"},
		// SQLite stops reading a statement at a NUL: "select 'a\0b'" read as an
		// "unrecognized token", and a NUL in _where could drop what follows it.
		{"NUL in SQL", "/hotline/-/query?sql=select+'a%00b'", 400, "NUL"},
		{"NUL after SQL", "/hotline/-/query?sql=select+1%00", 400, "NUL"},
		// A table page repeats its query in every link: 100 KB asked for 4 MB.
		{"table page query too long", "/hotline/contacts?mode=" + strings.Repeat("a", 40<<10), 414, ".json"},
		// FTS5's own words ("unterminated string", "fts5: syntax error near") named
		// neither the search nor a way out.
		{"bad MATCH in SQL", "/hotline/-/query?sql=select+rowid+from+quotes_fts+where+quotes_fts+match+'%22'", 400, "full-text search"},
		{"bad MATCH operator in SQL", "/hotline/-/query?sql=select+rowid+from+quotes_fts+where+quotes_fts+match+'AND'", 400, "double quotes"},
		{"NUL in where", "/hotline/contacts?_where=id%3D1)%00", 400, "NUL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, tt.status)
			var msg string
			if sel := testid(doc, "error-message"); sel.Length() > 0 {
				msg = sel.Text()
			} else {
				msg = testid(doc, "query-error").Text() // SQL errors stay on the editor page
			}
			if msg == "" || !strings.Contains(msg, tt.message) {
				t.Errorf("message %q does not contain %q", msg, tt.message)
			}
		})
	}
}

// infiniteSQL runs until the time limit stops it.
const infiniteSQL = "with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)+select+count(*)+from+c"

// TestLongQueryInJSON checks that the limit on a table page's query string (which the
// page repeats in each link) leaves JSON and CSV, which write it once, alone.
func TestLongQueryInJSON(t *testing.T) {
	h := newHandler(t, nil)
	long := "?mode=" + strings.Repeat("a", 40<<10)
	for _, target := range []string{"/hotline/contacts.json" + long, "/hotline/contacts.csv" + long} {
		if rec := get(t, h, target); rec.Code != http.StatusOK {
			t.Errorf("GET %.40s...: status %d, want 200: %s", target, rec.Code, firstLines(rec.Body.String()))
		}
	}
}

func TestJSONErrors(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url string
		status    int
	}{
		{"unknown table", "/hotline/nope.json", 404},
		{"unknown column", "/hotline/contacts.json?colour=red", 400},
		{"bad shape", "/hotline/contacts.json?_shape=tree", 400},
		{"object shape without key", "/hotline/-/query.json?sql=select+1&_shape=object", 400},
		{"denied", "/hotline/-/query.json?sql=delete+from+contacts", 403},
		{"missing sql", "/hotline/-/query.json?sql=", 400},
		{"in list too long", "/hotline/contacts.json?id__in=" + strings.TrimSuffix(strings.Repeat("1,", 30001), ","), 400},
		{"positional parameter", "/hotline/-/query.json?sql=select+%3F", 400},
		{"Tcl-style parameter", "/hotline/-/query.json?sql=select+$a(b)", 400},
		{"Tcl-style namespace parameter", "/hotline/-/query.json?sql=select+$a::b", 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.url)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			var body struct {
				OK     bool   `json:"ok"`
				Error  string `json:"error"`
				Status int    `json:"status"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("not JSON: %v: %s", err, rec.Body)
			}
			if body.OK || body.Error == "" || body.Status != tt.status {
				t.Errorf("body = %+v", body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type = %q", ct)
			}
		})
	}
}

func TestDisabled(t *testing.T) {
	h := newHandler(t, func(c *views.Config) { c.AllowSQL, c.AllowDownload = false, false })
	tests := []struct {
		name, url string
		status    int
	}{
		{"query page", "/hotline/-/query?sql=select+1", http.StatusForbidden},
		{"query json", "/hotline/-/query.json?sql=select+1", http.StatusForbidden},
		{"sql on database", "/hotline?sql=select+1", http.StatusForbidden},
		{"download", "/hotline.db", http.StatusForbidden},
		{"canned query still runs", "/hotline/calls_by_mode?mode=phone", http.StatusOK},
		{"tables still browse", "/hotline/contacts", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if rec := get(t, h, tt.url); rec.Code != tt.status {
				t.Errorf("status %d, want %d: %s", rec.Code, tt.status, firstLines(rec.Body.String()))
			}
		})
	}
	doc := getHTML(t, h, "/hotline", http.StatusOK)
	if testid(doc, "sql-editor").Length() != 0 {
		t.Error("SQL editor shown although SQL is disabled")
	}
	idx := getHTML(t, h, "/", http.StatusOK)
	if testid(idx, "download-link").Length() != 0 {
		t.Error("download link shown although downloads are disabled")
	}
}

func TestBadConfig(t *testing.T) {
	r, err := db.OpenReader(context.Background(), fixtureDB(t), db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := views.New(nil, testConfig(), nil); err == nil {
		t.Error("New accepted a nil reader")
	}
	cfg := testConfig()
	cfg.Queries["empty"] = views.CannedQuery{}
	cfg.Queries["a/b"] = views.CannedQuery{SQL: "select 1"}
	_, err = views.New(r, cfg, nil)
	if err == nil || !strings.Contains(err.Error(), `"empty"`) || !strings.Contains(err.Error(), `"a/b"`) {
		t.Errorf("New with bad queries: %v, want both named", err)
	}
}

func TestInternalErrorsAreLoggedNotShown(t *testing.T) {
	r, err := db.OpenReader(context.Background(), fixtureDB(t), db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	h, err := views.New(r, testConfig(), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	r.Close() // every query now fails inside database/sql
	for _, target := range []string{"/hotline/contacts", "/hotline/contacts.json"} {
		rec := get(t, h, target)
		if rec.Code != http.StatusInternalServerError {
			t.Fatalf("%s: status %d", target, rec.Code)
		}
		if body := rec.Body.String(); !strings.Contains(body, "internal error") || strings.Contains(body, "closed") {
			t.Errorf("%s: body should say only \"internal error\": %s", target, firstLines(body))
		}
	}
	if !strings.Contains(logs.String(), "closed") {
		t.Errorf("the real error was not logged: %s", logs.String())
	}
}

// TestAbandonedRequestsAreNotErrors: a client that goes away mid-request (a closed tab, a
// cancelled download) is not a server failure and must not fill the log with errors.
func TestAbandonedRequestsAreNotErrors(t *testing.T) {
	r, err := db.OpenReader(context.Background(), fixtureDB(t), db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var logs bytes.Buffer
	h, err := views.New(r, testConfig(), slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo})))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, target := range []string{"/hotline/contacts", "/hotline/big.csv?_stream=on", "/hotline/-/query?sql=select+1"} {
		req := httptest.NewRequest(http.MethodGet, target, nil).WithContext(ctx)
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	if logs.Len() != 0 {
		t.Errorf("abandoned requests were logged:\n%s", logs.String())
	}
}

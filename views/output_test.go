package views_test

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// getJSON requests target and decodes the body into v.
func getJSON(tb testing.TB, h http.Handler, target string, v any) {
	tb.Helper()
	rec := get(tb, h, target)
	if rec.Code != http.StatusOK {
		tb.Fatalf("GET %s: status %d: %s", target, rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		tb.Fatalf("GET %s: bad JSON: %v\n%s", target, err, rec.Body)
	}
}

// page is the default JSON shape of a table or query.
type page struct {
	OK        bool             `json:"ok"`
	Columns   []string         `json:"columns"`
	Rows      []map[string]any `json:"rows"`
	Next      *string          `json:"next"`
	NextURL   *string          `json:"next_url"`
	Truncated bool             `json:"truncated"`
	Count     int64            `json:"count"`
}

func TestJSONShapes(t *testing.T) {
	h := newHandler(t, nil)
	var objects page
	getJSON(t, h, "/hotline/contacts.json", &objects)
	if !objects.OK || len(objects.Rows) != 2 || objects.Rows[0]["mode"] != "phone" || objects.Count != 3 {
		t.Errorf("objects = %+v", objects)
	}
	if got := strings.Join(objects.Columns, ","); got != "id,title,mode,status,date,initiator_id" {
		t.Errorf("columns = %s", got)
	}
	if objects.Next == nil || objects.NextURL == nil || !strings.Contains(*objects.NextURL, "_next=") {
		t.Errorf("next = %v, next_url = %v", objects.Next, objects.NextURL)
	}

	var arrays struct {
		Rows [][]any `json:"rows"`
	}
	getJSON(t, h, "/hotline/contacts.json?_shape=arrays&_size=3", &arrays)
	if len(arrays.Rows) != 3 || arrays.Rows[2][0] != float64(3) || arrays.Rows[2][4] != nil {
		t.Errorf("arrays = %v", arrays.Rows)
	}

	var array []map[string]any
	getJSON(t, h, "/hotline/contacts.json?_shape=array&mode=phone", &array)
	if len(array) != 2 || array[1]["id"] != float64(3) {
		t.Errorf("array = %v", array)
	}

	var object map[string]map[string]any
	getJSON(t, h, "/hotline/contact_participants.json?_shape=object&_size=10", &object)
	if len(object) != 6 || object["2,3"]["actor_id"] != float64(3) {
		t.Errorf("object keyed by composite key = %v", object)
	}
}

func TestJSONNextURLWalk(t *testing.T) {
	h := newHandler(t, nil)
	seen := map[float64]bool{}
	target := "/hotline/big.json?_size=50&n=3"
	for pages := 0; target != ""; pages++ {
		if pages > 100 {
			t.Fatal("next_url never ends")
		}
		var p page
		getJSON(t, h, target, &p)
		for _, r := range p.Rows {
			id := r["id"].(float64)
			if seen[id] || int(id)%7 != 3 {
				t.Fatalf("row %v repeated or outside the filter", id)
			}
			seen[id] = true
		}
		target = ""
		if p.NextURL != nil {
			u, err := url.Parse(*p.NextURL)
			if err != nil {
				t.Fatal(err)
			}
			target = u.RequestURI()
		}
	}
	if want := rowsWithRemainder(3); len(seen) != want {
		t.Errorf("walked %d rows, want %d", len(seen), want)
	}
}

// rowsWithRemainder counts the fixture's big rows whose n (id % 7) is r.
func rowsWithRemainder(r int) int {
	n := 0
	for i := 1; i <= bigRows; i++ {
		if i%7 == r {
			n++
		}
	}
	return n
}

func TestQueryJSON(t *testing.T) {
	h := newHandler(t, nil)
	var q page
	getJSON(t, h, "/hotline/-/query.json?sql="+url.QueryEscape("select :a + 1 as x, 'y' as y")+"&a=41", &q)
	if len(q.Rows) != 1 || q.Rows[0]["x"] != float64(42) || q.Truncated {
		t.Errorf("query = %+v", q)
	}
	var canned page
	getJSON(t, h, "/hotline/calls_by_mode.json?mode=phone", &canned)
	if len(canned.Rows) != 2 {
		t.Errorf("canned query rows = %v", canned.Rows)
	}
	var row struct {
		Rows    []map[string]any `json:"rows"`
		Related []struct {
			Table, Column string
			Count         int64
		} `json:"related"`
	}
	getJSON(t, h, "/hotline/contacts/1.json", &row)
	if len(row.Rows) != 1 || row.Rows[0]["title"] != "Biden–Xi call" || len(row.Related) == 0 {
		t.Errorf("row = %+v", row)
	}
	var dbj struct {
		Tables []struct {
			Name  string
			Count *int64
		}
		Queries []struct{ Name string }
	}
	getJSON(t, h, "/hotline.json", &dbj)
	found := false
	for _, tb := range dbj.Tables {
		if tb.Name == "contacts" && tb.Count != nil && *tb.Count == 3 {
			found = true
		}
	}
	if !found || len(dbj.Queries) != 1 {
		t.Errorf("database JSON = %+v", dbj)
	}
}

// getCSV requests target and parses the CSV body.
func getCSV(tb testing.TB, h http.Handler, target string) ([][]string, http.Header) {
	tb.Helper()
	rec := get(tb, h, target)
	if rec.Code != http.StatusOK {
		tb.Fatalf("GET %s: status %d: %s", target, rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		tb.Errorf("Content-Type = %q", ct)
	}
	records, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		tb.Fatalf("GET %s: bad CSV: %v", target, err)
	}
	return records, rec.Header()
}

func TestCSV(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url  string
		header     string
		rows       int
		attachment string
	}{
		{"page", "/hotline/contacts.csv", "id,title,mode,status,date,initiator_id", 2, ""},
		{"download", "/hotline/contacts.csv?_size=10&_dl=1", "id,title,mode,status,date,initiator_id", 3, "contacts.csv"},
		{"query", "/hotline/-/query.csv?sql=select+1+as+a,+2+as+b", "a,b", 1, ""},
		{"canned", "/hotline/calls_by_mode.csv?mode=meeting&_dl=1", "id,date", 1, "calls_by_mode.csv"},
		{"row", "/hotline/contact_participants/1,2.csv", "contact_id,actor_id", 1, ""},
		{"stream all", "/hotline/big.csv?_stream=on", "id,n,label", bigRows, ""},
		{"stream filtered", "/hotline/big.csv?_stream=on&n=3&_dl=1", "id,n,label", rowsWithRemainder(3), "big.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			records, header := getCSV(t, h, tt.url)
			if got := strings.Join(records[0], ","); got != tt.header {
				t.Errorf("header = %s, want %s", got, tt.header)
			}
			if got := len(records) - 1; got != tt.rows {
				t.Errorf("%d rows, want %d", got, tt.rows)
			}
			cd := header.Get("Content-Disposition")
			if tt.attachment == "" && cd != "" || tt.attachment != "" && cd != `attachment; filename=`+tt.attachment {
				t.Errorf("Content-Disposition = %q, want attachment %q", cd, tt.attachment)
			}
		})
	}
	// Streaming returns every row exactly once.
	records, _ := getCSV(t, h, "/hotline/big.csv?_stream=on")
	for i, r := range records[1:] {
		if r[0] != strconv.Itoa(i+1) {
			t.Fatalf("streamed row %d has id %s", i+1, r[0])
		}
	}
	// Text with commas, quotes and markup survives.
	records, _ = getCSV(t, h, "/hotline/actors.csv?_size=10")
	if records[4][1] != "<script>alert(1)</script>" {
		t.Errorf("hostile name in CSV = %q", records[4][1])
	}
}

func TestJSONStream(t *testing.T) {
	h := newHandler(t, nil)
	var all []map[string]any
	getJSON(t, h, "/hotline/big.json?_stream=on&_shape=array", &all)
	if len(all) != bigRows || all[bigRows-1]["label"] != "row 1234" {
		t.Errorf("streamed %d rows", len(all))
	}
	var wrapped page
	getJSON(t, h, "/hotline/big.json?_stream=on&n=0", &wrapped)
	if !wrapped.OK || len(wrapped.Rows) != rowsWithRemainder(0) || wrapped.Next != nil {
		t.Errorf("streamed objects: ok=%v rows=%d next=%v", wrapped.OK, len(wrapped.Rows), wrapped.Next)
	}
}

// flushCounter counts how often a handler flushes its response.
type flushCounter struct {
	*httptest.ResponseRecorder
	flushes int
}

func (f *flushCounter) Flush() {
	f.flushes++
	f.ResponseRecorder.Flush()
}

func TestStreamFlushes(t *testing.T) {
	h := newHandler(t, nil)
	for _, target := range []string{"/hotline/big.csv?_stream=on", "/hotline/big.json?_stream=on"} {
		rec := &flushCounter{ResponseRecorder: httptest.NewRecorder()}
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		if rec.Code != http.StatusOK || rec.flushes < 2 {
			t.Errorf("%s: status %d, %d flushes: a long stream should reach the client in batches", target, rec.Code, rec.flushes)
		}
	}
}

// TestJSONValuesAsMarshal checks the JSON writer's fast paths write each value exactly as
// encoding/json does: plain and escaped strings, integers beyond float precision, null.
func TestJSONValuesAsMarshal(t *testing.T) {
	h := newHandler(t, nil)
	values := []any{"plain text", "a<b & c>d", `q"uote\back`, "tab\there", "café – ü", "del\x7f", int64(9007199254740993), int64(-7), nil}
	sql := "select 'plain text', 'a<b & c>d', 'q\"uote\\back', 'tab' || char(9) || 'here', 'café – ü', 'del' || char(127), 9007199254740993, -7, null"
	rec := get(t, h, "/hotline/-/query.json?_shape=arrays&sql="+url.QueryEscape(sql))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	var want []string
	for _, v := range values {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, string(b))
	}
	if row := "[" + strings.Join(want, ",") + "]"; !strings.Contains(rec.Body.String(), row) {
		t.Errorf("body %s\nlacks the row %s", rec.Body.String(), row)
	}
}

// TestAnswerLength checks that an answer that fits the output buffer goes out whole
// with its Content-Length, and that a stream longer than the buffer goes out as it comes
// (chunked, without a length), both complete.
func TestAnswerLength(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, target string
		whole        bool
		lines        int // lines of a CSV body; 0 for JSON
	}{
		{"JSON page", "/hotline/big.json?_size=50", true, 0},
		{"JSON query", "/hotline/-/query.json?sql=select+1+as+x", true, 0},
		{"CSV page", "/hotline/big.csv?_size=10", true, 11},
		{"CSV stream longer than the buffer", "/hotline/big.csv?_stream=on", false, bigRows + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.target)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			length := rec.Header().Get("Content-Length")
			if tt.whole && length != strconv.Itoa(rec.Body.Len()) {
				t.Errorf("Content-Length %q, want the body's %d bytes", length, rec.Body.Len())
			}
			if !tt.whole && length != "" {
				t.Errorf("Content-Length %q on a stream", length)
			}
			if tt.lines > 0 {
				if n := strings.Count(rec.Body.String(), "\n"); n != tt.lines {
					t.Errorf("%d lines, want %d", n, tt.lines)
				}
			} else if !json.Valid(rec.Body.Bytes()) {
				t.Errorf("the body is not JSON: %.200s", rec.Body)
			}
		})
	}
}

// Datasette's _shape=arrayfirst is a bare list of each row's first value: how a script
// asks for one column ("?sql=select name from actors&_shape=arrayfirst"). It was a 400.
func TestJSONShapeArrayFirst(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url, want string
	}{
		{"table", "/hotline/contacts.json?_shape=arrayfirst&_sort_desc=id&_size=3", `[3,2,1]`},
		{"query", "/hotline/-/query.json?sql=select+title+from+contacts+order+by+id&_shape=arrayfirst", `["Biden–Xi call","Macron–Biden meeting","Xi–Macron call"]`},
		{"no rows", "/hotline/contacts.json?_shape=arrayfirst&mode=video", `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.url)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if got := strings.TrimSpace(rec.Body.String()); got != tt.want {
				t.Errorf("body %s, want %s", got, tt.want)
			}
		})
	}
}

package db_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
)

// TestJSONRows checks that the rows SQLite writes as JSON (hotline_json_row) are what
// encoding/json writes for the values a plain page returns, on values that need escapes.
func TestJSONRows(t *testing.T) {
	tests := []struct {
		name  string
		value any
	}{
		{"plain text", "Blinken met Wang Yi in Munich"},
		{"quotes and backslash", `he said "yes" \ no`},
		{"html", "<b>Macron</b> & Scholz"},
		{"control characters", "line\nnext\ttab\x01"},
		{"line separator", "a\u2028b"},
		{"unicode", "Zelenskyy – Зеленський"},
		{"invalid utf-8", "bad \xff byte"},
		{"empty", ""},
		{"null", nil},
		{"integer", int64(-42)},
		{"float", 2.5},
		{"large float", 1e21},
		{"small float", 1e-7},
		{"blob", []byte{0, 1, 2, 250}},
	}
	path := filepath.Join(t.TempDir(), "json.db")
	raw := openPlain(t, path)
	mustExec(t, raw, `CREATE TABLE notes (id INTEGER PRIMARY KEY, "odd ""name'" ANY) STRICT`)
	for i, tt := range tests {
		mustExec(t, raw, "INSERT INTO notes VALUES (?, ?)", i+1, tt.value)
	}
	r := openReader(t, path, db.ReadOptions{})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "notes", JSONRows: true, NoLabels: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.JSONRows || len(res.Rows) != len(tests) {
		t.Fatalf("JSONRows %v with %d rows, want true with %d", res.JSONRows, len(res.Rows), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := `{"id":` + string(marshal(t, int64(i+1))) + `,"odd \"name'":` + string(marshal(t, tt.value)) + `}`
			if got, _ := res.Rows[i][0].(string); got != want {
				t.Errorf("row %s, want %s", got, want)
			}
		})
	}
}

// TestJSONRowsNeedValues checks that rows stay values where the page needs them (labels
// are found from the values) or did not ask.
func TestJSONRowsNeedValues(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct {
		name string
		q    db.TableQuery
		want bool
	}{
		{"without labels", db.TableQuery{Table: "events", JSONRows: true, NoLabels: true}, true},
		{"with labels", db.TableQuery{Table: "events", JSONRows: true}, false},
		{"not asked", db.TableQuery{Table: "events", NoLabels: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.TablePage(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if res.JSONRows != tt.want || len(res.Rows) == 0 || (len(res.Rows[0]) == 1) != tt.want {
				t.Errorf("JSONRows %v, first row of %d values; want %v", res.JSONRows, len(res.Rows[0]), tt.want)
			}
		})
	}
}

// marshal is encoding/json's text for an SQL value as the explorer writes it.
func marshal(tb testing.TB, v any) []byte {
	tb.Helper()
	switch x := v.(type) {
	case []byte:
		v = map[string]any{"$base64": true, "encoded": base64.StdEncoding.EncodeToString(x)}
	case float64:
		if math.IsInf(x, 0) {
			v = nil
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestJSONRowsColumnLists checks that pages with different column lists, asked in turn,
// each get their own keys: the row function keeps the split keys of the lists it saw.
func TestJSONRowsColumnLists(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct {
		name string
		cols []string
		want string // the first row's keys, in order
	}{
		{"id and kind", []string{"id", "kind"}, `{"id":1,"kind":`},
		{"kind and id", []string{"kind", "id"}, `{"kind":`},
		{"id alone", []string{"id"}, `{"id":1}`},
	}
	for round := range 3 {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Columns: tt.cols,
					Size: 2, JSONRows: true, NoLabels: true})
				if err != nil {
					t.Fatal(err)
				}
				got, _ := res.Rows[0][0].(string)
				var obj map[string]any
				if err := json.Unmarshal([]byte(got), &obj); err != nil || len(obj) != len(tt.cols) || !strings.HasPrefix(got, tt.want) {
					t.Errorf("round %d: row %s (%v), want %d keys starting %s", round, got, err, len(tt.cols), tt.want)
				}
			})
		}
	}
}

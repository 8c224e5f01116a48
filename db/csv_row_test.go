package db_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"path/filepath"
	"strconv"
	"testing"

	"hotline/db"
)

// TestStreamTableCSV checks that the lines SQLite writes (hotline_csv_row) are what
// encoding/csv writes for the values StreamTable returns, on values that need quoting.
func TestStreamTableCSV(t *testing.T) {
	tests := []struct {
		name  string
		value any
	}{
		{"plain text", "Blinken met Wang Yi in Munich"},
		{"comma", "Paris, France"},
		{"quotes", `the "constructive" call`},
		{"newline", "first line\nsecond line"},
		{"carriage return", "a\rb"},
		{"leading space", " spoke by phone"},
		{"leading non-breaking space", "\u00a0Kyiv"},
		{"backslash dot", `\.`},
		{"empty", ""},
		{"null", nil},
		{"integer", int64(-42)},
		{"float", 2.5},
		{"large float", 1e21},
		{"blob", []byte{0, 1, 2, 250}},
		{"unicode", "Zelenskyy – Зеленський"},
	}
	path := filepath.Join(t.TempDir(), "csv.db")
	raw := openPlain(t, path)
	mustExec(t, raw, "CREATE TABLE notes (id INTEGER PRIMARY KEY, note ANY, extra TEXT) STRICT")
	for i, tt := range tests {
		mustExec(t, raw, "INSERT INTO notes VALUES (?, ?, ?)", i+1, tt.value, "x,"+strconv.Itoa(i))
	}
	r := openReader(t, path, db.ReadOptions{})
	var lines []string
	err := r.StreamTableCSV(context.Background(), db.TableQuery{Table: "notes"},
		func([]string) error { return nil }, func(s string) error { lines = append(lines, s); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != len(tests) {
		t.Fatalf("%d lines, want %d", len(lines), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := lines[i], csvLine(t, int64(i+1), tt.value, "x,"+strconv.Itoa(i)); got != want {
				t.Errorf("line %q, want %q", got, want)
			}
		})
	}
}

// csvLine is what encoding/csv writes for a row, with values written as the explorer
// writes them (NULL empty, blobs as base64, floats in their shortest decimal form).
func csvLine(tb testing.TB, values ...any) string {
	tb.Helper()
	fields := make([]string, len(values))
	for i, v := range values {
		switch x := v.(type) {
		case string:
			fields[i] = x
		case int64:
			fields[i] = strconv.FormatInt(x, 10)
		case float64:
			fields[i] = strconv.FormatFloat(x, 'f', -1, 64)
		case []byte:
			fields[i] = base64.StdEncoding.EncodeToString(x)
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.Write(fields); err != nil {
		tb.Fatal(err)
	}
	w.Flush()
	return b.String()
}

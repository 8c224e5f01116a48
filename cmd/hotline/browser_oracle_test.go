package main_test

import (
	"database/sql"
	"path/filepath"
	"testing"

	_ "modernc.org/sqlite"
)

// openOracle opens the served file read-only, so the test can compare what the browser
// shows with what SQLite itself answers.
func openOracle(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	d, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

// strings1 runs a query whose rows are one text column each (NULL becomes "").
func strings1(tb testing.TB, d *sql.DB, query string, args ...any) []string {
	tb.Helper()
	rows, err := d.Query(query, args...)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		out = append(out, s.String)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

package db_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"hotline/db"

	_ "modernc.org/sqlite"
)

// fixtureRows is the size of the events table: big enough for several pages, small
// enough to build in a few milliseconds.
const fixtureRows = 1000

// fixtureSchema has what the explorer must handle: a foreign key to a table with a name,
// NULLs and duplicates in sort and filter columns, a DATE column, an external-content
// FTS5 index, a view and a table without a declared key.
const fixtureSchema = `
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
CREATE TABLE events (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id),
	kind TEXT, score REAL, day DATE, note TEXT);
CREATE INDEX events_kind ON events(kind);
CREATE INDEX events_score ON events(score);
CREATE VIRTUAL TABLE events_fts USING fts5(note, content='events', content_rowid='id');
CREATE VIEW phone_events AS SELECT id, kind, score FROM events WHERE kind = 'phone';
CREATE TABLE plain (a, b);
CREATE TABLE duos (a INTEGER NOT NULL, b TEXT NOT NULL, note TEXT, PRIMARY KEY (a, b));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES ('schema_version', '1'), ('source', 'fixture');
`

// writeFixture creates the fixture database in a fresh directory and returns its path.
func writeFixture(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "fixture.db")
	w := openPlain(tb, path)
	defer w.Close()
	mustExec(tb, w, fixtureSchema)
	tx, err := w.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	for i := 1; i <= 20; i++ {
		mustExec(tb, tx, `INSERT INTO people VALUES (?, ?, ?)`, i, fmt.Sprintf("Person %02d", i), []string{"FR", "DE", "US"}[i%3])
	}
	kinds := []any{"phone", "meeting", "video", nil, "phone"}
	words := []string{"alpha", "beta", "gamma", "delta", "100% sure_thing"}
	for i := 1; i <= fixtureRows; i++ {
		var person, score any = i%20 + 1, float64((i * 37) % 100)
		if i%11 == 0 {
			person = nil
		}
		if i%7 == 0 {
			score = nil
		}
		day := fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
		note := fmt.Sprintf("%s %s number %d", words[i%5], words[(i/5)%5], i)
		mustExec(tb, tx, `INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)`, i, person, kinds[i%5], score, day, note)
	}
	for i := 0; i < 50; i++ {
		var a any = i % 4
		if i%9 == 0 {
			a = nil
		}
		mustExec(tb, tx, `INSERT INTO plain VALUES (?, ?)`, a, fmt.Sprint("b", i%3))
	}
	for i := 0; i < 6; i++ { // a composite key whose values differ from the rowid
		mustExec(tb, tx, `INSERT INTO duos VALUES (?, ?, ?)`, 10-i%3, fmt.Sprint("k", i), fmt.Sprint("note ", i))
	}
	mustExec(tb, tx, `INSERT INTO events_fts(rowid, note) SELECT id, note FROM events`)
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return path
}

type execer interface {
	Exec(string, ...any) (sql.Result, error)
}

func mustExec(tb testing.TB, e execer, q string, args ...any) {
	tb.Helper()
	if _, err := e.Exec(q, args...); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
}

// openPlain opens a file with the default driver, outside the sandbox: the tests' oracle.
func openPlain(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	d, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

// plainInt64s returns the first column of a query on the plain connection.
func plainInt64s(tb testing.TB, path, q string, args ...any) []int64 {
	tb.Helper()
	rows, err := openPlain(tb, path).Query(q, args...)
	if err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			tb.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func openReader(tb testing.TB, path string, opt db.ReadOptions) *db.Reader {
	tb.Helper()
	r, err := db.OpenReader(context.Background(), path, opt)
	if err != nil {
		tb.Fatalf("OpenReader: %v", err)
	}
	tb.Cleanup(func() { r.Close() })
	return r
}

// wantCode fails unless err carries the code.
func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if db.ErrorCode(err) != code {
		tb.Fatalf("error %v (code %q), want code %q", err, db.ErrorCode(err), code)
	}
}

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

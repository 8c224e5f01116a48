package db_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
)

// openStore creates a database in a temporary folder and returns the store and a second,
// plain connection to the same file for checks.
func openStore(tb testing.TB) (*db.Store, *sql.DB) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "hotline.db")
	s, err := db.OpenStore(context.Background(), path)
	if err != nil {
		tb.Fatalf("OpenStore: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, rawDB(tb, path)
}

// rawDB opens path with the plain driver, foreign keys on.
func rawDB(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)")
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { raw.Close() })
	return raw
}

// v1Database makes a database at path as the first schema left it (user_version 1),
// holding one completed import (id 1) and the given rows, and returns it opened plainly.
func v1Database(tb testing.TB, path string, rows ...string) *sql.DB {
	tb.Helper()
	v1, err := os.ReadFile("schema_v1.sql")
	must(tb, err)
	raw := rawDB(tb, path)
	for _, q := range append([]string{string(v1), `PRAGMA user_version = 1`,
		`INSERT INTO imports(id, started, hotline_version, status) VALUES (1, '2024-01-01', '0.1.0', 'completed')`,
	}, rows...) {
		if _, err := raw.Exec(q); err != nil {
			tb.Fatalf("%.40s: %v", q, err)
		}
	}
	return raw
}

// migratedV1 makes a v1Database at path with rows and opens it as a store, which brings it
// to the current schema; raw is the plain connection to check it through.
func migratedV1(tb testing.TB, rows ...string) (s *db.Store, raw *sql.DB) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "old.db")
	raw = v1Database(tb, path, rows...)
	s, err := db.OpenStore(context.Background(), path)
	must(tb, err)
	tb.Cleanup(func() { s.Close() })
	return s, raw
}

// begin starts a write transaction that is rolled back unless the test commits it.
func begin(tb testing.TB, s *db.Store) *db.WriteTx {
	tb.Helper()
	tx, err := s.Begin(context.Background())
	if err != nil {
		tb.Fatalf("Begin: %v", err)
	}
	tb.Cleanup(func() { tx.Rollback() })
	return tx
}

// commit commits tx, failing the test on an error.
func commit(tb testing.TB, tx *db.WriteTx) {
	tb.Helper()
	if err := tx.Commit(); err != nil {
		tb.Fatalf("Commit: %v", err)
	}
}

// must fails the test on err.
func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// queryInt runs a query returning one integer.
func queryInt(tb testing.TB, raw *sql.DB, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := raw.QueryRow(query, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return n
}

// article returns a valid article row with the given source and text.
func article(source, title, text string, importID int64) db.ArticleRow {
	return db.ArticleRow{Source: source, Title: title, Published: "2022-02-01", RawText: text, Text: text,
		ContentHash: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", ImportID: importID}
}

// startImport records an import in tx and returns its id.
func startImport(tb testing.TB, tx *db.WriteTx) int64 {
	tb.Helper()
	id, err := tx.StartImport(context.Background(), db.ImportRow{Started: "2026-11-21T12:00:00Z", Version: "test"})
	must(tb, err)
	return id
}

// storeWithArticle returns a new database holding one committed article, with the ids of
// its import and the article.
func storeWithArticle(tb testing.TB, title, text string) (s *db.Store, raw *sql.DB, importID, articleID int64) {
	tb.Helper()
	s, raw = openStore(tb)
	tx := begin(tb, s)
	importID = startImport(tb, tx)
	articleID, err := tx.InsertArticle(context.Background(), article("a.txt", title, text, importID))
	must(tb, err)
	commit(tb, tx)
	return s, raw, importID, articleID
}

// storeMaybeWithArticle returns a new database, empty or (withArticle) holding the one
// article of storeWithArticle: a first import, or one into a file that has articles.
func storeMaybeWithArticle(tb testing.TB, withArticle bool) (*db.Store, *sql.DB) {
	tb.Helper()
	if !withArticle {
		return openStore(tb)
	}
	s, raw, _, _ := storeWithArticle(tb, "A call", "Anna Berg called Omar Lind.")
	return s, raw
}

// joinedRows returns every row of a query as its columns joined with "|".
func joinedRows(tb testing.TB, raw *sql.DB, query string, args ...any) []string {
	tb.Helper()
	rows, err := raw.Query(query, args...)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	must(tb, err)
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		must(tb, rows.Scan(ptrs...))
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = v.String
		}
		out = append(out, strings.Join(parts, "|"))
	}
	must(tb, rows.Err())
	return out
}

package importer_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
	"hotline/importer"
	"hotline/importer/source"
)

// newStore creates a database in a temporary folder.
func newStore(tb testing.TB) (*db.Store, string) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "hotline.db")
	s, err := db.OpenStore(context.Background(), path)
	if err != nil {
		tb.Fatalf("OpenStore: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, path
}

// runImport imports inputs and fails the test on an error.
func runImport(tb testing.TB, s *db.Store, opt importer.Options, inputs ...source.Input) importer.Summary {
	tb.Helper()
	sum, err := importer.Run(context.Background(), s, inputs, opt)
	if err != nil {
		tb.Fatalf("Run: %v", err)
	}
	return sum
}

// importEach creates a database and imports each set of files as a folder of its own, in
// one run per folder; it returns the database's path and the last run's summary.
func importEach(tb testing.TB, opt importer.Options, folders ...map[string]string) (string, importer.Summary) {
	tb.Helper()
	s, path := newStore(tb)
	var sum importer.Summary
	for _, files := range folders {
		sum = runImport(tb, s, opt, folder(tb, files))
	}
	return path, sum
}

// folder writes files (name -> content) into a new temporary folder and returns its input.
func folder(tb testing.TB, files map[string]string) source.Input {
	tb.Helper()
	dir := tb.TempDir()
	for name, content := range files {
		writeFile(tb, filepath.Join(dir, name), content)
	}
	return source.Input{Path: dir}
}

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// story returns a Markdown article with a title and a publication date.
func story(title, published, body string) string {
	return fmt.Sprintf("---\ntitle: %s\ndate: %s\n---\n\n%s\n", title, published, body)
}

// rawDB opens a second, plain connection to the database file for checks.
func rawDB(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { raw.Close() })
	return raw
}

func queryInt(tb testing.TB, raw *sql.DB, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := raw.QueryRow(query, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return n
}

// queryRows returns every row of a query as strings joined with "|".
func queryRows(tb testing.TB, raw *sql.DB, query string, args ...any) []string {
	tb.Helper()
	rows, err := raw.Query(query, args...)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			tb.Fatal(err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			parts[i] = fmt.Sprint(v)
		}
		out = append(out, strings.Join(parts, "|"))
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// checksums hashes the content of every table except the imports log (which records each
// run by design), so two snapshots compare equal exactly when no row changed.
func checksums(tb testing.TB, path string) map[string]string {
	tb.Helper()
	raw := rawDB(tb, path)
	out := map[string]string{}
	tables := queryRows(tb, raw, `SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name <> 'imports' ORDER BY name`)
	for _, table := range tables {
		sum := sha256.New()
		for _, row := range queryRows(tb, raw, `SELECT * FROM "`+table+`"`) {
			fmt.Fprintln(sum, row)
		}
		out[table] = hex.EncodeToString(sum.Sum(nil))
	}
	return out
}

// counts returns the row counts of the main tables.
func counts(tb testing.TB, path string) map[string]int {
	tb.Helper()
	raw := rawDB(tb, path)
	out := map[string]int{}
	for _, table := range []string{"articles", "actors", "article_actors", "actor_mentions", "contacts",
		"contact_participants", "contact_mentions", "quotes", "imports"} {
		out[table] = queryInt(tb, raw, `SELECT count(*) FROM `+table)
	}
	return out
}

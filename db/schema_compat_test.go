package db_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestSchemaReadsInSystemSQLite opens a fresh database with the sqlite3 command-line
// program, which links the system's (usually older) SQLite, and reads every table and
// view: the scorer and users' own tools read our file with such a SQLite, and a view
// using newer syntax makes the whole schema unreadable to them.
func TestSchemaReadsInSystemSQLite(t *testing.T) {
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("no sqlite3 program on PATH")
	}
	s, raw := openStore(t)
	s.Close()
	names := joinedRows(t, raw, `SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name`)
	var script strings.Builder
	for _, name := range names {
		script.WriteString("SELECT count(*) FROM \"" + name + "\";\n")
	}
	var path string
	must(t, raw.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&path))
	cmd := exec.Command(bin, "-bail", path)
	cmd.Stdin = strings.NewReader(script.String())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3 could not read the schema: %v\n%s", err, out)
	}
	if got := strings.Count(string(out), "\n"); got != len(names) {
		t.Errorf("sqlite3 answered %d of %d tables and views:\n%s", got, len(names), out)
	}
}

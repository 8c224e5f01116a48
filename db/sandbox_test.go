package db_test

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"hotline/db"
)

// TestHostileSQL runs statements that try to write, attach, escape the sandbox or exhaust
// the server. Each must be refused (EDENIED, EINVALID) or stopped by the time limit
// (ETIMEOUT), and afterwards the file must be byte-for-byte unchanged with no new file
// beside it or where the statements pointed.
func TestHostileSQL(t *testing.T) {
	path := writeFixture(t)
	dir := filepath.Dir(path)
	elsewhere := t.TempDir()
	attachTo := filepath.Join(dir, "x.db")
	vacuumTo := filepath.Join(elsewhere, "copy.db")
	limit := 300 * time.Millisecond
	r := openReader(t, path, db.ReadOptions{SQLTimeLimit: limit})
	before, files := fileSum(t, path), dirList(t, dir)

	denied, invalid, timeout := []string{db.EDENIED}, []string{db.EINVALID}, []string{db.ETIMEOUT}
	tests := []struct {
		name, sql string
		codes     []string
	}{
		{"insert", `INSERT INTO events (kind) VALUES ('x')`, denied},
		{"update", `UPDATE events SET kind = 'x'`, denied},
		{"delete", `DELETE FROM events`, denied},
		{"delete in a CTE", `WITH x AS (SELECT 1) DELETE FROM events`, denied},
		{"replace", `REPLACE INTO people VALUES (1, 'x', 'y')`, denied},
		{"drop", `DROP TABLE events`, denied},
		{"create table", `CREATE TABLE x (a)`, denied},
		{"create temp table", `CREATE TEMP TABLE x (a)`, denied},
		{"create temp view", `CREATE TEMP VIEW v AS SELECT 1`, denied},
		{"create trigger", `CREATE TEMP TRIGGER tr AFTER INSERT ON events BEGIN SELECT 1; END`, denied},
		{"create virtual table", `CREATE VIRTUAL TABLE temp.f USING fts5(a)`, denied},
		{"alter", `ALTER TABLE events ADD COLUMN z`, denied},
		{"fts command", `INSERT INTO events_fts (events_fts) VALUES ('rebuild')`, denied},
		{"attach", `ATTACH '` + attachTo + `' AS x`, denied},
		{"attach after a comment", `/* hi */ ATTACH '` + attachTo + `' AS x`, denied},
		{"detach", `DETACH main`, denied},
		{"vacuum", `VACUUM`, denied},
		{"vacuum into", `VACUUM INTO '` + vacuumTo + `'`, denied},
		{"analyze", `ANALYZE`, denied},
		{"reindex", `REINDEX`, denied},
		{"pragma query_only off", `PRAGMA query_only = 0`, denied},
		{"pragma writable_schema", `PRAGMA writable_schema = 1`, denied},
		{"pragma journal_mode", `PRAGMA journal_mode = wal`, denied},
		{"pragma user_version", `PRAGMA main.user_version = 5`, denied},
		{"pragma database_list reveals paths", `PRAGMA database_list`, denied},
		{"pragma temp_store_directory", `PRAGMA temp_store_directory = '` + elsewhere + `'`, denied},
		{"pragma function journal_mode", `SELECT * FROM pragma_journal_mode('wal')`, append(denied, db.EINVALID)},
		{"begin", `BEGIN`, denied},
		{"savepoint", `SAVEPOINT a`, denied},
		{"load extension", `SELECT load_extension('x')`, denied},
		{"writefile", `SELECT writefile('` + filepath.Join(dir, "w") + `', 'y')`, append(denied, db.EINVALID)},
		{"two statements", `SELECT 1; DROP TABLE events`, invalid},
		{"two selects", `SELECT 1; SELECT 2`, invalid},
		{"endless recursion", `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c`, timeout},
		{"cross join like", `SELECT count(*) FROM events a, events b, events c WHERE a.note || b.note || c.note LIKE '%a%b%c%d%e%f%g%h%'`, timeout},
		{"randomblob 2e9", `SELECT length(randomblob(2e9))`, invalid},
		{"zeroblob 2e9", `SELECT length(zeroblob(2e9))`, invalid},
		{"randomblob over the value limit", `SELECT length(randomblob(200000000))`, invalid},
		// The printf bomb builds its string step by step: the 100 MB length cap stops it,
		// unless a loaded machine lets the time limit stop it first. Both are a refusal.
		{"printf bomb", `SELECT length(printf('%.*c', 2000000000, 'x'))`, append(invalid, db.ETIMEOUT)},
		{"replace bomb", `WITH RECURSIVE b(s, n) AS (SELECT 'x', 0 UNION ALL
			SELECT replace(s, 'x', 'xxxxxxxxxx'), n + 1 FROM b WHERE n < 12) SELECT max(length(s)) FROM b`, append(invalid, db.ETIMEOUT)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			res, err := r.Query(context.Background(), tc.sql, nil)
			if !slices.Contains(tc.codes, db.ErrorCode(err)) {
				t.Fatalf("got %v (code %q, result %+v), want one of %v", err, db.ErrorCode(err), res, tc.codes)
			}
			if took := time.Since(start); took > 10*limit {
				t.Errorf("took %v with a limit of %v", took, limit)
			}
			if tc.name == "two selects" {
				return // harmless: only Query's one-statement rule refuses it
			}
			err = r.RunUnchecked(context.Background(), tc.sql)
			if code := db.ErrorCode(err); code != db.EDENIED && code != db.EINVALID && code != db.ETIMEOUT {
				t.Errorf("without Query's checks: %v (code %q), want the sandbox to refuse it", err, code)
			}
		})
	}
	if fileSum(t, path) != before {
		t.Error("the database file changed")
	}
	if got := dirList(t, dir); !slices.Equal(got, files) {
		t.Errorf("files beside the database: %v, want %v", got, files)
	}
	if got := dirList(t, elsewhere); len(got) != 0 {
		t.Errorf("files created elsewhere: %v", got)
	}
}

func TestSandboxMessages(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{SQLTimeLimit: 100 * time.Millisecond})
	tests := []struct{ sql, msg string }{
		{`DELETE FROM events`, "this SQL is not allowed: only read-only queries (SELECT) can run here"},
		{`SELECT load_extension('x')`, "this SQL is not allowed: only read-only queries (SELECT) can run here"},
		{`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c`,
			"the query took longer than 100ms and was cancelled"},
		{`SELECT nope FROM events`, "no such column: nope"},
	}
	for _, tc := range tests {
		t.Run(tc.sql, func(t *testing.T) {
			_, err := r.Query(context.Background(), tc.sql, nil)
			if db.ErrorMessage(err) != tc.msg {
				t.Errorf("message %q, want %q", db.ErrorMessage(err), tc.msg)
			}
		})
	}
}

func fileSum(tb testing.TB, path string) [32]byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return sha256.Sum256(b)
}

func dirList(tb testing.TB, dir string) []string {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

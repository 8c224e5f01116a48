package db_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"hotline/db"
)

// plainDB writes a SQLite file at path with a table t of n rows and, when extra is set,
// a second table.
func plainDB(tb testing.TB, path string, n int, extra bool) {
	tb.Helper()
	d, err := sql.Open("sqlite", "file:"+path)
	must(tb, err)
	defer d.Close()
	stmts := []string{"CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)"}
	for i := range n {
		stmts = append(stmts, fmt.Sprintf("INSERT INTO t(v) VALUES ('row %d')", i))
	}
	if extra {
		stmts = append(stmts, "CREATE TABLE added(x)")
	}
	for _, q := range stmts {
		_, err := d.Exec(q)
		must(tb, err)
	}
}

func countT(tb testing.TB, r *db.Reader, ctx context.Context) int64 {
	tb.Helper()
	c, err := r.Count(ctx, "t")
	must(tb, err)
	return c.N
}

// TestReaderFollowsFile: a file renamed over the served one is seen by the next call
// (counts and schema), a pinned context keeps reading the file it started with, an
// in-place write is seen too, and an immutable Reader keeps its first view.
func TestReaderFollowsFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "x.db")
	plainDB(t, path, 1, false)
	r, err := db.OpenReader(ctx, path, db.ReadOptions{})
	must(t, err)
	defer r.Close()
	immutable, err := db.OpenReader(ctx, path, db.ReadOptions{Immutable: true})
	must(t, err)
	defer immutable.Close()
	if n := countT(t, r, ctx); n != 1 {
		t.Fatalf("count %d, want 1", n)
	}
	countT(t, immutable, ctx)
	pinned, release := r.Pin(ctx)

	next := filepath.Join(dir, "next.db")
	plainDB(t, next, 2, true)
	must(t, os.Rename(next, path))

	if n := countT(t, r, ctx); n != 2 {
		t.Errorf("after the rename: count %d, want 2", n)
	}
	if s, err := r.Schema(ctx); err != nil || s.Table("added") == nil {
		t.Errorf("after the rename the schema lacks the new table (%v)", err)
	}
	if n := countT(t, r, pinned); n != 1 {
		t.Errorf("a request pinned before the rename sees count %d, want its 1", n)
	}
	if s, _ := r.Schema(pinned); s.Table("added") != nil {
		t.Error("a request pinned before the rename sees the new schema")
	}
	release()
	if n := countT(t, immutable, ctx); n != 1 {
		t.Errorf("immutable: count %d, want the first 1", n)
	}

	_, err = rawDB(t, path).Exec("INSERT INTO t(v) VALUES ('in place')")
	must(t, err)
	if n := countT(t, r, ctx); n != 3 {
		t.Errorf("after an in-place write: count %d, want 3", n)
	}
}

// TestReaderSeesWriteInOneTick checks that a write in place that leaves the file's size
// and modification time as they were (two commits in one tick of the kernel's clock) is
// still a new state of the file: a kept answer is not served after it. The file's time is
// set an hour ahead, so that it never looks settled (fileid.go) whatever the test's speed.
func TestReaderSeesWriteInOneTick(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	plainDB(t, path, 3, false)
	tick := time.Now().Add(time.Hour)
	must(t, os.Chtimes(path, tick, tick))
	r, err := db.OpenReader(ctx, path, db.ReadOptions{})
	must(t, err)
	defer r.Close()
	const q = "select v from t where id = 1"
	value := func() any {
		t.Helper()
		res, err := r.Query(ctx, q, nil)
		must(t, err)
		return res.Rows[0][0]
	}
	value()
	if v := value(); v != "row 0" {
		t.Fatalf("value %v, want row 0", v)
	}
	st, err := os.Stat(path)
	must(t, err)
	d, err := sql.Open("sqlite", "file:"+path)
	must(t, err)
	defer d.Close()
	_, err = d.Exec("UPDATE t SET v = 'row X' WHERE id = 1")
	must(t, err)
	must(t, os.Chtimes(path, tick, tick))
	if after, err := os.Stat(path); err != nil || after.Size() != st.Size() || !after.ModTime().Equal(st.ModTime()) {
		t.Fatalf("the update changed the size or the time, or failed (%v)", err)
	}
	if v := value(); v != "row X" {
		t.Errorf("after an update in the same tick: %v, want row X", v)
	}
}

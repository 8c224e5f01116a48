package db_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"hotline/db"
)

// allPageIDs reads every page of events in id order, 7 rows a page, and returns the ids.
func allPageIDs(tb testing.TB, r *db.Reader, q db.TableQuery) []int64 {
	tb.Helper()
	var ids []int64
	q.Size = 7
	for range fixtureRows {
		res, err := r.TablePage(context.Background(), q)
		if err != nil {
			tb.Fatal(err)
		}
		for _, row := range res.Rows {
			ids = append(ids, row[0].(int64))
		}
		if res.Next == "" {
			return ids
		}
		q.Next = res.Next
	}
	tb.Fatal("the pages never ended")
	return nil
}

// TestKeptStatements checks that pages read through the statements each connection keeps
// compiled follow their arguments, survive more distinct statements than a connection
// keeps, a statement cut off by the time limit, and the file being replaced.
func TestKeptStatements(t *testing.T) {
	t.Run("every page of a table, twice", func(t *testing.T) {
		path := writeFixture(t)
		r := openReader(t, path, db.ReadOptions{Immutable: true})
		want := plainInt64s(t, path, "SELECT id FROM events WHERE kind = 'phone' ORDER BY id")
		q := db.TableQuery{Table: "events", Columns: []string{"id"}, Filters: []db.Filter{{Column: "kind", Value: "phone"}}}
		for pass := range 2 {
			if got := allPageIDs(t, r, q); !slices.Equal(got, want) {
				t.Errorf("pass %d: %d ids %v..., want %d", pass, len(got), got[:min(5, len(got))], len(want))
			}
		}
	})
	t.Run("more distinct statements than a connection keeps", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{Immutable: true})
		for round := range 2 {
			for i := range 80 {
				res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 1,
					Where: []string{"id > " + strconv.Itoa(i)}})
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Rows) != 1 || res.Rows[0][0] != int64(i+1) {
					t.Fatalf("round %d, id > %d: rows %v, want id %d first", round, i, res.Rows, i+1)
				}
			}
		}
	})
	t.Run("after a statement cut off by the time limit", func(t *testing.T) {
		path := writeFixture(t)
		r := openReader(t, path, db.ReadOptions{Immutable: true, SQLTimeLimit: 2 * time.Second}) // long enough for a page on a loaded machine
		want := plainInt64s(t, path, "SELECT id FROM events ORDER BY id")
		q := db.TableQuery{Table: "events", Columns: []string{"id"}}
		endless := db.TableQuery{Table: "events", NoCount: true, Where: []string{
			"(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c) > 0"}}
		for round := range 3 {
			if got := allPageIDs(t, r, q); !slices.Equal(got, want) {
				t.Fatalf("round %d: %d ids, want %d", round, len(got), len(want))
			}
			_, err := r.TablePage(context.Background(), endless)
			wantCode(t, err, db.ETIMEOUT)
		}
	})
	t.Run("after the file is replaced", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "x.db")
		plainDB(t, path, 3, false)
		r := openReader(t, path, db.ReadOptions{})
		q := db.TableQuery{Table: "t", Columns: []string{"v"}}
		for i, n := range []int{3, 5, 2} {
			if i > 0 {
				next := filepath.Join(dir, "next.db")
				plainDB(t, next, n, false)
				must(t, os.Rename(next, path))
			}
			for range 2 {
				res, err := r.TablePage(context.Background(), q)
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Rows) != n || res.Rows[n-1][0] != "row "+strconv.Itoa(n-1) {
					t.Fatalf("file %d: rows %v, want %d ending with row %d", i, res.Rows, n, n-1)
				}
			}
		}
	})
}

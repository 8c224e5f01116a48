package db_test

import (
	"context"
	"reflect"
	"strconv"
	"sync/atomic"
	"testing"

	"hotline/db"
)

// TestQueryAnswerCache checks which ad hoc answers are kept with the file: a kept answer
// comes back with the very rows of the first (the same backing array), any other is run
// again.
func TestQueryAnswerCache(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct {
		name string
		sql  string
		kept bool
	}{
		{"count with a filter", "select count(*) from events where kind = 'phone'", true},
		{"grouped", "select kind, count(*) from events group by kind order by 2 desc", true},
		{"subquery with in", "select count(*) from events where person_id in (select id from people where country = 'FR')", true},
		{"random", "select random() from events limit 1", false},
		{"now", "select date('now'), count(*) from events", false},
		{"quoted function name", `select "random"() from events limit 1`, false},
		{"comment", "select count(*) from events -- run 2", false},
		{"block comment", "select count/**/(*) from events", false},
		{"table-valued pragma", "select count(*) from pragma_table_info('events')", false},
		{"pragma", "pragma table_info('events')", false},
		{"clock keyword", "select current_timestamp, count(*) from events", false},
		{"changes", "select changes(), count(*) from events", false},
		{"column named day", "select day, count(*) from events group by day", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, err := r.Query(context.Background(), tt.sql, nil)
			if err != nil {
				t.Fatal(err)
			}
			second, err := r.Query(context.Background(), tt.sql, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(first.Rows) == 0 || len(second.Rows) == 0 {
				t.Fatalf("no rows: %v, %v", first.Rows, second.Rows)
			}
			if kept := &first.Rows[0] == &second.Rows[0]; kept != tt.kept {
				t.Errorf("answer kept %v, want %v", kept, tt.kept)
			}
		})
	}
}

// TestQueryAnswerCacheParams checks that a kept answer is kept with its parameters.
func TestQueryAnswerCacheParams(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	const q = "select count(*) from events where kind = :kind"
	counts := map[string]int64{}
	for _, kind := range []string{"phone", "video", "phone", "video"} {
		res, err := r.Query(context.Background(), q, map[string]string{"kind": kind})
		if err != nil {
			t.Fatal(err)
		}
		n, _ := res.Rows[0][0].(int64)
		if prev, ok := counts[kind]; ok && prev != n {
			t.Errorf("%s: %d, then %d", kind, prev, n)
		}
		counts[kind] = n
	}
	if counts["phone"] == counts["video"] {
		t.Errorf("phone and video both counted %d: the parameter was not part of the key", counts["phone"])
	}
}

// TestQueryAnswerCacheFollowsFile checks that a kept answer is dropped when another
// connection writes the file: the next request reads the new state and runs again.
func TestQueryAnswerCacheFollowsFile(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	const q = "select count(*) from people"
	count := func() (int64, bool) {
		t.Helper()
		res, err := r.Query(context.Background(), q, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := res.Rows[0][0].(int64)
		return n, res.Cached
	}
	before, _ := count()
	if again, cached := count(); again != before || !cached {
		t.Fatalf("count %d, then %d (cached %v)", before, again, cached)
	}
	mustExec(t, openPlain(t, path), "INSERT INTO people VALUES (100, 'Person 100', 'FR')")
	if after, cached := count(); after != before+1 || cached {
		t.Errorf("count %d (cached %v) after an insert, want %d", after, cached, before+1)
	}
}

// countRuns makes r count its executions of ad hoc SQL.
func countRuns(r *db.Reader) *atomic.Int64 {
	var n atomic.Int64
	db.SetAdhocHooks(r, func() { n.Add(1) }, nil)
	return &n
}

// TestQueryAnswerCacheKeeps checks what is kept and what runs again, counting the
// executions of the statements.
func TestQueryAnswerCacheKeeps(t *testing.T) {
	ctx := context.Background()
	t.Run("same rows from the cache", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{})
		runs := countRuns(r)
		const q = "select kind, count(*) from events group by kind order by kind"
		first, err := r.Query(ctx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		second, err := r.Query(ctx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		if first.Cached || !second.Cached || runs.Load() != 1 {
			t.Fatalf("cached %v then %v after %d runs, want false then true after 1", first.Cached, second.Cached, runs.Load())
		}
		if !reflect.DeepEqual(first.Columns, second.Columns) || !reflect.DeepEqual(first.Rows, second.Rows) {
			t.Errorf("kept answer %v %v, fresh %v %v", second.Columns, second.Rows, first.Columns, first.Rows)
		}
	})
	t.Run("kept without running", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{})
		runs := countRuns(r)
		const q = "select count(*) from events where kind = :kind"
		params := map[string]string{"kind": "phone"}
		if _, ok := r.Kept(ctx, q, params); ok {
			t.Fatal("an answer kept before any run")
		}
		fresh, err := r.Query(ctx, q, params)
		if err != nil {
			t.Fatal(err)
		}
		kept, ok := r.Kept(ctx, q, params)
		if !ok || !kept.Cached || !reflect.DeepEqual(kept.Rows, fresh.Rows) {
			t.Errorf("kept %v (%v), fresh %v", kept, ok, fresh.Rows)
		}
		if _, ok := r.Kept(ctx, q, map[string]string{"kind": "video"}); ok {
			t.Error("an answer kept for other parameters")
		}
		if runs.Load() != 1 {
			t.Errorf("%d runs, want 1", runs.Load())
		}
	})
	t.Run("random gives a fresh value", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{})
		runs := countRuns(r)
		seen := map[any]bool{}
		for range 3 {
			res, err := r.Query(ctx, "select random()", nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Cached {
				t.Fatal("random() answered from the cache")
			}
			seen[res.Rows[0][0]] = true
		}
		if runs.Load() != 3 || len(seen) != 3 {
			t.Errorf("%d runs gave %d values, want 3 and 3", runs.Load(), len(seen))
		}
	})
	t.Run("errors run again", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{})
		runs := countRuns(r)
		for range 2 {
			_, err := r.Query(ctx, "select count(*) from nosuch", nil)
			wantCode(t, err, db.EINVALID)
		}
		if runs.Load() != 2 {
			t.Errorf("%d runs, want 2", runs.Load())
		}
	})
	t.Run("truncated answers run again", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{MaxReturnedRows: 10})
		runs := countRuns(r)
		for range 2 {
			res, err := r.Query(ctx, "select id from events order by id", nil)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Truncated || res.Cached {
				t.Fatalf("truncated %v, cached %v", res.Truncated, res.Cached)
			}
		}
		if runs.Load() != 2 {
			t.Errorf("%d runs, want 2", runs.Load())
		}
	})
	t.Run("no cache when turned off", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{AnswerCacheBytes: -1})
		runs := countRuns(r)
		for range 2 {
			if _, err := r.Query(ctx, "select count(*) from events", nil); err != nil {
				t.Fatal(err)
			}
		}
		if runs.Load() != 2 {
			t.Errorf("%d runs, want 2", runs.Load())
		}
	})
}

// TestQueryAnswerCacheEvicts checks the byte bound: past it the answers used least
// recently are forgotten, the others still served.
func TestQueryAnswerCacheEvicts(t *testing.T) {
	ctx := context.Background()
	r := openReader(t, writeFixture(t), db.ReadOptions{AnswerCacheBytes: 8 << 10})
	runs := countRuns(r)
	count := func(id int) *db.Result {
		t.Helper()
		res, err := r.Query(ctx, "select count(*) from events where id > :id", map[string]string{"id": strconv.Itoa(id)})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	const n = 100 // each answer takes some 300 bytes: far more than 8 kB in all
	for id := range n {
		count(id)
	}
	if last := count(n - 1); !last.Cached {
		t.Error("the last answer is not kept")
	}
	before := runs.Load()
	if first := count(0); first.Cached || runs.Load() != before+1 {
		t.Errorf("the first of %d answers was still kept under 8 kB", n)
	}
}

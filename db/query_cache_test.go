package db_test

import (
	"context"
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

// TestQueryAnswerCacheFollowsFile checks that a kept answer is dropped when the file
// changes.
func TestQueryAnswerCacheFollowsFile(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	const q = "select count(*) from people"
	count := func() int64 {
		t.Helper()
		res, err := r.Query(context.Background(), q, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := res.Rows[0][0].(int64)
		return n
	}
	before := count()
	mustExec(t, openPlain(t, path), "INSERT INTO people VALUES (100, 'Person 100', 'FR')")
	if after := count(); after != before+1 {
		t.Errorf("count %d after an insert, want %d", after, before+1)
	}
}

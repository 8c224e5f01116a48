package db_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"hotline/db"
)

// TestKeysetVisitsEveryRowOnce walks every page for several sorts and page sizes and
// compares the concatenated pages with one plain ORDER BY (SQLite's NULL placement and
// the primary key as tie-breaker).
func TestKeysetVisitsEveryRowOnce(t *testing.T) {
	path := writeFixture(t)
	// A long limit: the test walks thousands of pages, and on a loaded machine one of them
	// overran the default second; time limits have their own tests.
	r := openReader(t, path, db.ReadOptions{SQLTimeLimit: time.Minute})
	tests := []struct {
		sort    string
		desc    bool
		filters []db.Filter
		order   string // the same order in plain SQL
		where   string
	}{
		{order: "id"},
		{desc: true, order: "id DESC"},
		{sort: "score", order: "score, id"},
		{sort: "score", desc: true, order: "score DESC, id DESC"},
		{sort: "kind", order: "kind, id"},
		{sort: "kind", desc: true, order: "kind DESC, id DESC"},
		{sort: "person_id", order: "person_id, id"},
		{sort: "day", desc: true, order: "day DESC, id DESC"},
		{sort: "score", filters: []db.Filter{{Column: "kind", Value: "phone"}}, order: "score, id", where: "kind = 'phone'"},
	}
	for _, tc := range tests {
		for _, size := range []int{1, 7, 100, 999, 1000} {
			if size == 1 && tc.filters == nil && tc.sort != "score" {
				continue // a thousand one-row pages once is enough
			}
			t.Run(fmt.Sprintf("%s desc=%v where=%q size=%d", tc.sort, tc.desc, tc.where, size), func(t *testing.T) {
				where := ""
				if tc.where != "" {
					where = " WHERE " + tc.where
				}
				want := plainInt64s(t, path, "SELECT id FROM events"+where+" ORDER BY "+tc.order)
				got := walkPages(t, r, db.TableQuery{Table: "events", Sort: tc.sort, Desc: tc.desc, Filters: tc.filters, Size: size})
				if !slices.Equal(got, want) {
					t.Errorf("pages visit %d rows, plain SQL %d; first differ at %d", len(got), len(want), firstDiff(got, want))
				}
			})
		}
	}
}

func TestKeysetCompositeAndRowidKeys(t *testing.T) {
	path := writeFixture(t)
	w := openPlain(t, path)
	mustExec(t, w, `CREATE TABLE pairs (a TEXT, b INTEGER, v, PRIMARY KEY (a, b)) WITHOUT ROWID`)
	mustExec(t, w, `INSERT INTO pairs SELECT char(65 + id % 5), id % 7, score FROM events WHERE id <= 35`)
	r := openReader(t, path, db.ReadOptions{})
	for _, tc := range []struct{ table, sort, order string }{
		{"pairs", "", "a, b"}, {"pairs", "v", "v, a, b"}, {"plain", "a", "a, rowid"}, {"plain", "", "rowid"},
	} {
		t.Run(tc.table+" "+tc.sort, func(t *testing.T) {
			want := plainStrings(t, path, "SELECT "+keyExpr(tc.table)+" FROM "+tc.table+" ORDER BY "+tc.order)
			var got []string
			q := db.TableQuery{Table: tc.table, Sort: tc.sort, Size: 4}
			for pages := 0; ; pages++ {
				res, err := r.TablePage(context.Background(), q)
				if err != nil || pages > 100 {
					t.Fatalf("page %d: %v", pages, err)
				}
				for _, row := range res.Rows {
					got = append(got, fmt.Sprint(row[0], "/", row[1]))
				}
				if q.Next = res.Next; q.Next == "" {
					break
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %v\nwant %v", got, want)
			}
		})
	}
}

func TestViewPagesByOffset(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	want := plainInt64s(t, path, "SELECT id FROM phone_events ORDER BY score DESC")
	got := walkPages(t, r, db.TableQuery{Table: "phone_events", Sort: "score", Desc: true, Size: 33})
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("view pages have %d rows, want %d", len(got), len(want))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Error("view pages do not visit every row once")
	}
}

func TestTokenBelongsToItsSort(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Sort: "score", Size: 10})
	if err != nil || res.Next == "" {
		t.Fatalf("first page: %v, next %q", err, res.Next)
	}
	_, err = r.TablePage(context.Background(), db.TableQuery{Table: "events", Sort: "kind", Size: 10, Next: res.Next})
	wantCode(t, err, db.EINVALID)
}

func walkPages(tb testing.TB, r *db.Reader, q db.TableQuery) []int64 {
	tb.Helper()
	var ids []int64
	for pages := 0; ; pages++ {
		res, err := r.TablePage(context.Background(), q)
		if err != nil {
			tb.Fatalf("page %d: %v", pages, err)
		}
		if len(res.Rows) > q.Size || pages > 2*fixtureRows {
			tb.Fatalf("page %d has %d rows for size %d", pages, len(res.Rows), q.Size)
		}
		ids = append(ids, idsOf(tb, res)...)
		if q.Next = res.Next; q.Next == "" {
			return ids
		}
	}
}

func keyExpr(table string) string {
	if table == "plain" {
		return "rowid, a"
	}
	return "a, b"
}

func plainStrings(tb testing.TB, path, q string) []string {
	tb.Helper()
	rows, err := openPlain(tb, path).Query(q)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a, b any
		if err := rows.Scan(&a, &b); err != nil {
			tb.Fatal(err)
		}
		out = append(out, fmt.Sprint(a, "/", b))
	}
	return out
}

func firstDiff(a, b []int64) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestKeysetWalkingTheOrderIndex pages with filters that match more rows than CountLimit,
// where pages are read along the sort order's index instead of the filter's.
func TestKeysetWalkingTheOrderIndex(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{CountLimit: 10})
	notVideo := []db.Filter{{Column: "kind", Op: "not", Value: "video"}}
	tests := []struct {
		sort  string
		desc  bool
		order string
	}{
		{"", false, "id"}, {"", true, "id DESC"}, {"id", true, "id DESC"}, {"score", false, "score, id"},
		{"score", true, "score DESC, id DESC"}, {"kind", true, "kind DESC, id DESC"}, {"day", false, "day, id"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s desc=%v", tc.sort, tc.desc), func(t *testing.T) {
			want := plainInt64s(t, path, "SELECT id FROM events WHERE kind != 'video' ORDER BY "+tc.order)
			got := walkPages(t, r, db.TableQuery{Table: "events", Sort: tc.sort, Desc: tc.desc, Filters: notVideo, Size: 37})
			if !slices.Equal(got, want) {
				t.Errorf("pages visit %d rows, plain SQL %d; first differ at %d", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

// TestKeysetNullPrimaryKey pages a rowid table whose TEXT primary key holds NULLs, which
// SQLite allows: pages are keyed by rowid, so no row is skipped or repeated.
func TestKeysetNullPrimaryKey(t *testing.T) {
	path := writeFixture(t)
	w := openPlain(t, path)
	mustExec(t, w, `CREATE TABLE codes (code TEXT PRIMARY KEY, v INTEGER)`)
	mustExec(t, w, `INSERT INTO codes SELECT CASE WHEN id % 4 = 0 THEN NULL ELSE 'c' || (id * 7 % 50) END, id % 3
		FROM events WHERE id <= 50`)
	r := openReader(t, path, db.ReadOptions{})
	for _, sort := range []string{"", "code", "v"} {
		t.Run("sort "+sort, func(t *testing.T) {
			want := plainInt64s(t, path, "SELECT v FROM codes ORDER BY "+map[string]string{"": "rowid", "code": "code, rowid", "v": "v, rowid"}[sort])
			var got []int64
			q := db.TableQuery{Table: "codes", Sort: sort, Size: 3, Columns: []string{"v"}}
			for pages := 0; pages < 100; pages++ {
				res, err := r.TablePage(context.Background(), q)
				if err != nil {
					t.Fatal(err)
				}
				for _, row := range res.Rows {
					got = append(got, row[0].(int64))
				}
				if q.Next = res.Next; q.Next == "" {
					break
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %v\nwant %v", got, want)
			}
		})
	}
}

package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"hotline/db"
)

// TestTableSQL runs the SQL TableSQL writes on the query path and checks it selects the
// rows of the table page, in the same order.
func TestTableSQL(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct {
		name     string
		q        db.TableQuery
		contains string // a piece of the SQL
	}{
		{"unfiltered", db.TableQuery{Table: "events"}, "SELECT *\nFROM \"events\"\nORDER BY \"id\"\nLIMIT 50"},
		{"text filter", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "kind", Op: "exact", Value: "phone"}}}, `"kind" = :p0`},
		{"number filter", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "score", Op: "gt", Value: "90"}}}, `"score" > 90`},
		{"contains", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "note", Op: "contains", Value: "100% sure_"}}}, `LIKE :p0 ESCAPE '\'`},
		{"in", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "kind", Op: "in", Value: "video,meeting"}}}, `"kind" IN (:p0,:p1)`},
		{"isnull and sort", db.TableQuery{Table: "events", Sort: "day", Desc: true,
			Filters: []db.Filter{{Column: "score", Op: "isnull"}}}, `ORDER BY "day" DESC, "id" DESC`},
		{"search", db.TableQuery{Table: "events", Search: "beta gamma"}, `MATCH :p0`},
		{"columns", db.TableQuery{Table: "events", Columns: []string{"id", "kind"}, Sort: "kind"}, "SELECT \"id\", \"kind\"\nFROM"},
		{"rowid table", db.TableQuery{Table: "plain", Filters: []db.Filter{{Column: "a", Op: "exact", Value: "2"}}}, "SELECT rowid, *\nFROM \"plain\"\nWHERE \"a\" = 2"},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			q.Size = 50
			sql, args, err := r.TableSQL(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(sql, tc.contains) {
				t.Errorf("SQL %s lacks %s", sql, tc.contains)
			}
			params := map[string]string{}
			for _, a := range args {
				params[a.Name] = a.Value
			}
			got, err := r.Query(ctx, sql, params)
			if err != nil {
				t.Fatalf("%s: %v", sql, err)
			}
			want, err := r.TablePage(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Rows) == 0 || !slices.EqualFunc(got.Rows, want.Rows, func(a, b []any) bool { return db.LabelKey(a[0]) == db.LabelKey(b[0]) }) {
				t.Errorf("%s %v selects %d rows, the page has %d", sql, args, len(got.Rows), len(want.Rows))
			}
		})
	}
}

func TestTableSQLThrough(t *testing.T) {
	r := openReader(t, writeLinkFixture(t), db.ReadOptions{})
	q := db.TableQuery{Table: "groups", Through: []db.Through{{Table: "memberships", Column: "person_id", Value: "1"}},
		Filters: []db.Filter{{Column: "kind", Op: "exact", Value: "club"}}}
	sql, args, err := r.TableSQL(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	want := "SELECT *\nFROM \"groups\"\nWHERE \"kind\" = :p0\n  AND \"id\" IN (SELECT \"group_id\" FROM \"memberships\" WHERE \"person_id\" = 1)\nORDER BY \"id\"\nLIMIT 100"
	if sql != want || len(args) != 1 || args[0] != (db.QueryArg{Name: "p0", Value: "club"}) {
		t.Errorf("TableSQL = %s %v\nwant       %s [{p0 club}]", sql, args, want)
	}
	_, _, err = r.TableSQL(context.Background(), db.TableQuery{Table: "groups", Filters: []db.Filter{{Column: "nope"}}})
	wantCode(t, err, db.EINVALID)
}

package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"hotline/db"
)

func TestQuery(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{MaxReturnedRows: 10})
	tests := []struct {
		name, sql string
		params    map[string]string
		columns   []string
		rows      int
		truncated bool
		first     any
		code      string
		message   string // in the error, when code is set
	}{
		{name: "select", sql: "SELECT id, kind FROM events WHERE id <= 3", columns: []string{"id", "kind"}, rows: 3, first: int64(1)},
		{name: "named params", sql: "SELECT count(*) AS n FROM events WHERE kind = :kind AND id < @max",
			params: map[string]string{"kind": "video", "max": "100", "unused": "x"}, columns: []string{"n"}, rows: 1,
			first: int64(20)},
		{name: "missing param is empty text", sql: "SELECT :missing = ''", columns: []string{":missing = ''"}, rows: 1, first: int64(1)},
		{name: "truncated at MaxReturnedRows", sql: "SELECT id FROM events ORDER BY id", columns: []string{"id"}, rows: 10, truncated: true, first: int64(1)},
		{name: "exactly MaxReturnedRows", sql: "SELECT id FROM events ORDER BY id LIMIT 10", columns: []string{"id"}, rows: 10, first: int64(1)},
		{name: "columns of an empty result", sql: "SELECT id, note FROM events WHERE 0", columns: []string{"id", "note"}},
		{name: "date column keeps its text", sql: "SELECT day FROM events WHERE id = 1", columns: []string{"day"}, rows: 1, first: "2024-02-02"},
		{name: "introspection pragma", sql: "PRAGMA table_info(events)", columns: []string{"cid", "name", "type", "notnull", "dflt_value", "pk"}, rows: 6, first: int64(0)},
		{name: "trailing semicolon and comment", sql: "SELECT 1; -- done", columns: []string{"1"}, rows: 1, first: int64(1)},
		{name: "misspelt first word", sql: "SELEC 1", code: db.EINVALID,
			message: `near "SELEC": syntax error: a query starts with SELECT, WITH, VALUES, EXPLAIN or PRAGMA`},
		{name: "a parenthesis first", sql: "(SELECT 1)", code: db.EINVALID},
		{name: "a write", sql: "delete from events", code: db.EDENIED, message: "only read-only queries"},
		{name: "attach", sql: "ATTACH 'x.db' AS x", code: db.EDENIED},
		{name: "syntax error in a select", sql: "SELECT FROM WHERE", code: db.EINVALID},
		{name: "no such table", sql: "SELECT * FROM nope", code: db.EINVALID},
		{name: "empty", sql: " -- nothing\n", code: db.EINVALID},
		{name: "numeric param name", sql: "SELECT :1x", code: db.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := r.Query(context.Background(), tc.sql, tc.params)
			wantCode(t, err, tc.code)
			if err != nil {
				if !strings.Contains(err.Error(), tc.message) {
					t.Errorf("error %q does not say %q", err, tc.message)
				}
				return
			}
			if !slices.Equal(res.Columns, tc.columns) || len(res.Rows) != tc.rows || res.Truncated != tc.truncated {
				t.Fatalf("columns %v rows %d truncated %v; want %v %d %v", res.Columns, len(res.Rows), res.Truncated,
					tc.columns, tc.rows, tc.truncated)
			}
			if tc.rows > 0 && res.Rows[0][0] != tc.first {
				t.Errorf("first value %#v, want %#v", res.Rows[0][0], tc.first)
			}
		})
	}
}

func TestQueryParams(t *testing.T) {
	tests := []struct {
		sql  string
		want []string
	}{
		{"SELECT * FROM t WHERE a = :a AND b = :b OR a = :a", []string{"a", "b"}},
		{"SELECT @x, $y, :z_1", []string{"x", "y", "z_1"}},
		{"SELECT ':no', \":no\", [:no], `:no` -- :no\n /* :no */ , :yes", []string{"yes"}},
		{"SELECT 'it''s :no', :yes", []string{"yes"}},
		{"SELECT 1", nil},
		{"SELECT '12:30'", nil},
		{"SELECT $a(b), :c", []string{"c"}},
		{"SELECT $a::b", nil},
		{"SELECT ?", nil},
	}
	for _, tc := range tests {
		t.Run(tc.sql, func(t *testing.T) {
			if got := db.QueryParams(tc.sql); !slices.Equal(got, tc.want) {
				t.Errorf("QueryParams = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestQueryBadParameters: parameters a URL cannot give a value to are a 400 that says
// what is wrong, never a driver error turned into a 500.
func TestQueryBadParameters(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct{ sql, want string }{
		{"select ?", "positional parameters (?)"},
		{"select ?1", "positional parameters (?)"},
		{"select $a(b)", "parameter $a(... is not a plain name"},
		{"select $a::b", "parameter $a:... is not a plain name"},
		{"select :a::b", "parameter :a:... is not a plain name"},
		{"select @a(", "parameter @a(... is not a plain name"},
	}
	for _, tc := range tests {
		t.Run(tc.sql, func(t *testing.T) {
			_, err := r.Query(context.Background(), tc.sql, map[string]string{"a": "x"})
			if db.ErrorCode(err) != db.EINVALID || !strings.Contains(db.ErrorMessage(err), tc.want) {
				t.Errorf("got %v (code %q), want EINVALID saying %q", err, db.ErrorCode(err), tc.want)
			}
		})
	}
}

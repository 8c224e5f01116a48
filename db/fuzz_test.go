package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"hotline/db"
)

// FuzzQuery: whatever SQL a visitor types, the sandbox answers with a result or an error
// the user can act on (invalid, denied, timeout), never an internal error (a 500), and
// the parameter scanner's names are plain names the form can offer as fields.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"select 1", "select :a, @b, $c", "select ?", "select ?1", "select $a(b)", "select $a::b", "select :a::b::c",
		"select @a(", "select $(x)", "select '12:30', \":no\", [:no], `:no` -- :no", "select 1; select 2",
		"/* :x */ select :y", "pragma table_info(events)", "with recursive c(x) as (select 1 union all select x+1 from c) select x from c limit 5",
		"select instr(printf('%.*c', 100000, 'a'), 'b')", "select 'a' like '%a%' escape 'xy'", "select glob('[', 'a')",
		"attach 'x.db' as x", "select load_extension('x')", "values (1), (2)", "explain select 1", "select x'00' like 'a'",
	} {
		f.Add(s, "v")
	}
	r := openReader(f, writeFixture(f), db.ReadOptions{SQLTimeLimit: 200 * time.Millisecond})
	f.Fuzz(func(t *testing.T, sql, value string) {
		names := db.QueryParams(sql)
		params := map[string]string{}
		for _, n := range names {
			if n == "" || strings.ContainsAny(n, " \t\n:@$()'\"") {
				t.Fatalf("QueryParams(%q) gave %q, not a plain name", sql, n)
			}
			params[n] = value
		}
		_, err := r.Query(context.Background(), sql, params)
		if code := db.ErrorCode(err); !slices.Contains([]string{"", db.EINVALID, db.EDENIED, db.ETIMEOUT}, code) {
			t.Fatalf("Query(%q): %v (code %q), want a result or a user error", sql, err, code)
		}
	})
}

// FuzzNextToken: a _next token comes from the URL and may be anything; decoding it gives
// the next page or a 400, never an internal error.
func FuzzNextToken(f *testing.F) {
	r := openReader(f, writeFixture(f), db.ReadOptions{})
	ctx := context.Background()
	for _, q := range []db.TableQuery{
		{Table: "events", Size: 2}, {Table: "events", Size: 2, Sort: "kind"}, {Table: "events", Size: 2, Sort: "score", Desc: true},
		{Table: "duos", Size: 1}, {Table: "phone_events", Size: 1},
	} {
		res, err := r.TablePage(ctx, q)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(q.Table, q.Sort, q.Desc, res.Next)
	}
	f.Add("events", "", false, "")
	f.Add("events", "kind", false, "not a token")
	f.Add("events", "", false, "W1siaSIsMV1d")
	f.Fuzz(func(t *testing.T, table, sort string, desc bool, next string) {
		if !slices.Contains([]string{"events", "duos", "phone_events", "people", "plain"}, table) {
			table = "events"
		}
		_, err := r.TablePage(ctx, db.TableQuery{Table: table, Sort: sort, Desc: desc, Size: 2, Next: next, NoCount: true})
		if code := db.ErrorCode(err); code != "" && code != db.EINVALID {
			t.Fatalf("next %q on %s sorted by %q: %v (code %q), want a page or EINVALID", next, table, sort, err, code)
		}
	})
}

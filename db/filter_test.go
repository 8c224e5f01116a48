package db_test

import (
	"context"
	"slices"
	"testing"

	"hotline/db"
)

// pageIDs returns the ids of one page of events (all rows fit one page in the fixture).
func pageIDs(tb testing.TB, r *db.Reader, q db.TableQuery) []int64 {
	tb.Helper()
	q.Size = fixtureRows
	res, err := r.TablePage(context.Background(), q)
	if err != nil {
		tb.Fatalf("TablePage(%+v): %v", q, err)
	}
	return idsOf(tb, res)
}

func idsOf(tb testing.TB, res *db.Result) []int64 {
	tb.Helper()
	i := slices.Index(res.Columns, "id")
	ids := make([]int64, len(res.Rows))
	for n, row := range res.Rows {
		ids[n] = row[i].(int64)
	}
	return ids
}

func TestFilters(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	tests := []struct {
		name   string
		filter db.Filter
		where  string // the same filter in plain SQL, run on the plain driver
		args   []any
	}{
		{"exact default op", db.Filter{Column: "kind", Value: "phone"}, "kind = 'phone'", nil},
		{"exact number", db.Filter{Column: "score", Op: "exact", Value: "37"}, "score = 37", nil},
		{"not", db.Filter{Column: "kind", Op: "not", Value: "phone"}, "kind != 'phone'", nil},
		{"contains", db.Filter{Column: "note", Op: "contains", Value: "number 1"}, "instr(note, 'number 1') > 0", nil},
		{"contains escapes wildcards", db.Filter{Column: "note", Op: "contains", Value: "100% sure_"}, "instr(note, '100% sure_') > 0", nil},
		{"notcontains", db.Filter{Column: "note", Op: "notcontains", Value: "number 1"}, "instr(note, 'number 1') = 0", nil},
		{"notcontains escapes wildcards", db.Filter{Column: "note", Op: "notcontains", Value: "100% sure_"}, "instr(note, '100% sure_') = 0", nil},
		{"startswith", db.Filter{Column: "note", Op: "startswith", Value: "gamma"}, "note LIKE 'gamma%'", nil},
		{"endswith", db.Filter{Column: "note", Op: "endswith", Value: "number 7"}, "note LIKE '%number 7'", nil},
		{"gt numeric", db.Filter{Column: "score", Op: "gt", Value: "90"}, "score > 90", nil},
		{"gte", db.Filter{Column: "score", Op: "gte", Value: "90"}, "score >= 90", nil},
		{"lt", db.Filter{Column: "id", Op: "lt", Value: "10"}, "id < 10", nil},
		{"lte text", db.Filter{Column: "day", Op: "lte", Value: "2024-02-01"}, "day <= '2024-02-01'", nil},
		{"like", db.Filter{Column: "note", Op: "like", Value: "%beta%"}, "note LIKE '%beta%'", nil},
		{"notlike", db.Filter{Column: "note", Op: "notlike", Value: "%beta%"}, "note NOT LIKE '%beta%'", nil},
		{"glob", db.Filter{Column: "note", Op: "glob", Value: "a*0"}, "note GLOB 'a*0'", nil},
		{"in list", db.Filter{Column: "kind", Op: "in", Value: "video,meeting"}, "kind IN ('video', 'meeting')", nil},
		{"in json", db.Filter{Column: "id", Op: "in", Value: "[1, 2, 999]"}, "id IN (1, 2, 999)", nil},
		{"notin", db.Filter{Column: "kind", Op: "notin", Value: "phone"}, "kind NOT IN ('phone')", nil},
		{"isnull", db.Filter{Column: "score", Op: "isnull", Value: "1"}, "score IS NULL", nil},
		{"notnull", db.Filter{Column: "person_id", Op: "notnull"}, "person_id IS NOT NULL", nil},
		{"date", db.Filter{Column: "day", Op: "date", Value: "2024-03-03"}, "date(day) = '2024-03-03'", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := plainInt64s(t, path, "SELECT id FROM events WHERE "+tc.where+" ORDER BY id", tc.args...)
			got := pageIDs(t, r, db.TableQuery{Table: "events", Filters: []db.Filter{tc.filter}})
			if len(want) == 0 || len(want) == fixtureRows {
				t.Fatalf("the oracle selects %d rows: the case tests nothing", len(want))
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %d rows %v, want %d rows %v", len(got), head(got), len(want), head(want))
			}
		})
	}
}

func TestFilterErrors(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct {
		name string
		q    db.TableQuery
		code string
		msg  string
	}{
		{"unknown op", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "kind", Op: "sounds_like", Value: "x"}}}, db.EINVALID, "unknown filter operator 'sounds_like' on column 'kind'"},
		{"unknown column", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "nope", Value: "x"}}}, db.EINVALID, "no column 'nope' in table 'events'"},
		{"bad json list", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "id", Op: "in", Value: "[1,"}}}, db.EINVALID, ""},
		{"unknown sort", db.TableQuery{Table: "events", Sort: "nope"}, db.EINVALID, "no column 'nope' in table 'events'"},
		{"unknown facet", db.TableQuery{Table: "events", Facets: []string{"nope"}}, db.EINVALID, "no column 'nope' in table 'events'"},
		{"unknown column to show", db.TableQuery{Table: "events", Columns: []string{"id", "nope"}}, db.EINVALID, "no column 'nope' in table 'events'"},
		{"unknown table", db.TableQuery{Table: "nope"}, db.ENOTFOUND, "no table or view 'nope' in fixture"},
		{"quote in name", db.TableQuery{Table: `events" WHERE 1=1 --`}, db.ENOTFOUND, ""},
		{"search without index", db.TableQuery{Table: "people", Search: "x"}, db.EINVALID, "table 'people' has no full-text index to search"},
		{"bad token", db.TableQuery{Table: "events", Next: "!!"}, db.EINVALID, ""},
		{"not a day", db.TableQuery{Table: "events", Filters: []db.Filter{{Column: "day", Op: "date", Value: "2024-03"}}}, db.EINVALID,
			"filter 'date' on column 'day' takes a day as YYYY-MM-DD, not '2024-03' (for a month or a year, use day__startswith)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.TablePage(context.Background(), tc.q)
			wantCode(t, err, tc.code)
			if tc.msg != "" && db.ErrorMessage(err) != tc.msg {
				t.Errorf("message %q, want %q", db.ErrorMessage(err), tc.msg)
			}
		})
	}
}

func TestFilterOpsListsEveryOperator(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	for _, op := range db.FilterOps() {
		t.Run(op.Name, func(t *testing.T) {
			value := "1"
			if op.Name == "date" {
				value = "2024-03-03" // the one operator that takes a day
			}
			_, err := r.TablePage(context.Background(), db.TableQuery{Table: "events",
				Filters: []db.Filter{{Column: "id", Op: op.Name, Value: value}}})
			if err != nil {
				t.Errorf("listed operator %s fails: %v", op.Name, err)
			}
		})
	}
}

func head(ids []int64) []int64 { return ids[:min(len(ids), 8)] }

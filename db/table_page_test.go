package db_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"hotline/db"
)

func TestSearch(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	tests := []struct {
		name, search string
		raw          bool
		where        string
		code         string
	}{
		{name: "one word", search: "gamma", where: "note LIKE '%gamma%'"},
		{name: "two words", search: "gamma delta", where: "note LIKE '%gamma%' AND note LIKE '%delta%'"},
		{name: "punctuation is quoted", search: "sure_thing 100%", where: "note LIKE '%sure_thing%'"},
		{name: "operators are words by default", search: "gamma OR", where: "0", code: ""},
		{name: "raw operators", search: "gamma OR delta", raw: true, where: "note LIKE '%gamma%' OR note LIKE '%delta%'"},
		{name: "raw syntax error", search: `gamma AND "`, raw: true, code: db.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := db.TableQuery{Table: "events", Search: tc.search, SearchRaw: tc.raw, Size: fixtureRows}
			res, err := r.TablePage(context.Background(), q)
			wantCode(t, err, tc.code)
			if err != nil {
				if msg := db.ErrorMessage(err); !strings.HasPrefix(msg, "bad full-text search: ") {
					t.Errorf("message %q does not say the search is wrong", msg)
				}
				return
			}
			want := plainInt64s(t, path, "SELECT id FROM events WHERE "+tc.where+" ORDER BY id")
			if got := idsOf(t, res); !slices.Equal(got, want) {
				t.Errorf("search %q: %d rows, want %d", tc.search, len(got), len(want))
			}
		})
	}
}

func TestPageCount(t *testing.T) {
	path := writeFixture(t)
	tests := []struct {
		name    string
		limit   int64
		filters []db.Filter
		want    db.Count
	}{
		{"unfiltered is exact", 10, nil, db.Count{N: fixtureRows, Exact: true}},
		{"filtered under the cap", 1000, []db.Filter{{Column: "kind", Value: "video"}}, db.Count{N: 200, Exact: true}},
		{"filtered over the cap", 50, []db.Filter{{Column: "kind", Value: "video"}}, db.Count{N: 50, Exact: false}},
		{"filtered at the cap", 200, []db.Filter{{Column: "kind", Value: "video"}}, db.Count{N: 200, Exact: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := openReader(t, path, db.ReadOptions{CountLimit: tc.limit})
			res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Filters: tc.filters, Size: 5})
			if err != nil {
				t.Fatal(err)
			}
			if res.Count != tc.want {
				t.Errorf("count %+v, want %+v", res.Count, tc.want)
			}
		})
	}
	t.Run("view count is capped", func(t *testing.T) {
		r := openReader(t, path, db.ReadOptions{CountLimit: 10})
		n, err := r.Count(context.Background(), "phone_events")
		if err != nil || n != (db.Count{N: 10, Exact: false}) {
			t.Errorf("Count = %+v, %v", n, err)
		}
	})
}

func TestLabels(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 30})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(res.Columns, "person_id")
	labels := res.Labels["person_id"]
	for _, row := range res.Rows {
		if row[i] == nil {
			continue
		}
		var name string
		openPlain(t, path).QueryRow("SELECT name FROM people WHERE id = ?", row[i]).Scan(&name)
		if got := labels[db.LabelKey(row[i])]; got != name || name == "" {
			t.Errorf("label of %v = %q, want %q", row[i], got, name)
		}
	}
}

func TestNoLabels(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	tests := []struct {
		name     string
		noLabels bool
		want     bool
	}{
		{"looked up by default", false, true},
		{"skipped when not wanted", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 30, NoLabels: tt.noLabels})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(res.Labels["person_id"]) > 0; got != tt.want || len(res.Rows) != 30 {
				t.Errorf("labels present %v with %d rows, want %v with 30", got, len(res.Rows), tt.want)
			}
		})
	}
}

func TestDateColumnKeepsItsText(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Columns: []string{"id", "day"}, Sort: "day", Size: 3})
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := res.Rows[0][1].(string); !ok || !strings.HasPrefix(s, "2024-") {
		t.Errorf("day = %#v, want the stored text", res.Rows[0][1])
	}
}

func TestFacets(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 1,
		Filters: []db.Filter{{Column: "score", Op: "notnull"}}, Facets: []string{"kind", "person_id", "note"}})
	if err != nil {
		t.Fatal(err)
	}
	kind := res.Facets[0]
	want := plainInt64s(t, path, "SELECT count(*) FROM events WHERE score IS NOT NULL GROUP BY kind ORDER BY 1 DESC, kind")
	if len(kind.Values) != len(want) || kind.More || kind.TimedOut {
		t.Fatalf("kind facet %+v, want %d values", kind, len(want))
	}
	for i, v := range kind.Values {
		if v.Count != want[i] {
			t.Errorf("value %v count %d, want %d", v.Value, v.Count, want[i])
		}
	}
	person := res.Facets[1]
	for _, v := range person.Values {
		if v.Value != nil && !strings.HasPrefix(v.Label, "Person ") {
			t.Errorf("person facet value %v has label %q", v.Value, v.Label)
		}
	}
	if note := res.Facets[2]; !note.More || len(note.Values) != 30 {
		t.Errorf("note facet: %d values, more=%v; want 30 and more", len(note.Values), note.More)
	}
}

func TestFacetTimeLimit(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{FacetTimeLimit: time.Nanosecond})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 5, Facets: []string{"note"}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Facets[0].TimedOut || len(res.Rows) != 5 {
		t.Errorf("facet %+v with %d rows, want a timed-out facet on a full page", res.Facets[0], len(res.Rows))
	}
}

func TestTablePageTimeLimit(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{SQLTimeLimit: time.Nanosecond})
	_, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Sort: "note"})
	wantCode(t, err, db.ETIMEOUT)
	if msg := db.ErrorMessage(err); msg != "the query took longer than 1ns and was cancelled" {
		t.Errorf("message %q", msg)
	}
}

func TestFacetOnDateColumn(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 1, Facets: []string{"day"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range res.Facets[0].Values {
		s, ok := v.Value.(string)
		if !ok || !strings.HasPrefix(s, "2024-") {
			t.Fatalf("facet value %#v, want the stored text", v.Value)
		}
		want := plainInt64s(t, path, "SELECT count(*) FROM events WHERE day = ?", s)[0]
		if v.Count != want {
			t.Errorf("%s: %d, want %d", s, v.Count, want)
		}
	}
}

// TestConcurrentPages runs pages from many goroutines on one Reader, as a server does: the
// cached schema and counts are shared, every page must equal the same page run alone.
func TestConcurrentPages(t *testing.T) {
	path := writeFixture(t)
	alone, r := openReader(t, path, db.ReadOptions{}), openReader(t, path, db.ReadOptions{})
	queries := []db.TableQuery{
		{Table: "events", Sort: "score", Size: 50, Facets: []string{"kind"}},
		{Table: "events", Filters: []db.Filter{{Column: "kind", Value: "phone"}}, Size: 20},
		{Table: "people", Size: 5},
		{Table: "phone_events", Sort: "score", Desc: true, Size: 10},
	}
	want := make([]int, len(queries))
	for i, q := range queries {
		res, err := alone.TablePage(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = len(res.Rows) + int(res.Count.N)
	}
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			for n := range 20 {
				i := (g + n) % len(queries)
				res, err := r.TablePage(context.Background(), queries[i])
				if err == nil && len(res.Rows)+int(res.Count.N) != want[i] {
					err = fmt.Errorf("query %d: %d rows, count %+v", i, len(res.Rows), res.Count)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestFacetFollowsTheFile checks the facet cache: a facet asked again is the same, and
// once another program writes the file, the facet counts what the file now holds.
func TestFacetFollowsTheFile(t *testing.T) {
	path := writeFixture(t)
	// Limits no busy machine reaches: the test is about what is counted, not how fast.
	r := openReader(t, path, db.ReadOptions{FacetTimeLimit: time.Minute, SQLTimeLimit: time.Minute})
	kinds := func() map[any]int64 {
		t.Helper()
		res, err := r.TablePage(context.Background(), db.TableQuery{Table: "events", Size: 1, Facets: []string{"kind"}})
		if err != nil {
			t.Fatal(err)
		}
		if res.Facets[0].TimedOut {
			t.Fatalf("facet timed out")
		}
		out := map[any]int64{}
		for _, v := range res.Facets[0].Values {
			out[v.Value] = v.Count
		}
		return out
	}
	first, again := kinds(), kinds()
	if fmt.Sprint(first) != fmt.Sprint(again) {
		t.Errorf("facet asked twice: %v then %v", first, again)
	}
	raw := rawDB(t, path)
	if _, err := raw.Exec(`UPDATE events SET kind = 'renamed' WHERE id IN (SELECT id FROM events LIMIT 7)`); err != nil {
		t.Fatal(err)
	}
	if got := kinds()["renamed"]; got != 7 {
		t.Errorf("after the write the facet counts %d 'renamed', want 7", got)
	}
}

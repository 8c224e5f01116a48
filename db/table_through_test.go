package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"hotline/db"
)

func TestThrough(t *testing.T) {
	r := openReader(t, writeLinkFixture(t), db.ReadOptions{})
	ada := db.Through{Table: "memberships", Column: "person_id", Value: "1"}
	tests := []struct {
		name  string
		q     db.TableQuery
		want  []int64
		label string
	}{
		{"groups of a person", db.TableQuery{Table: "groups", Through: []db.Through{ada}}, []int64{1, 2, 3, 4}, "Ada"},
		{"with a filter", db.TableQuery{Table: "groups", Through: []db.Through{ada},
			Filters: []db.Filter{{Column: "kind", Op: "exact", Value: "club"}}}, []int64{1, 2, 4}, "Ada"},
		{"sorted", db.TableQuery{Table: "groups", Through: []db.Through{ada}, Sort: "title"}, []int64{3, 1, 2, 4}, "Ada"},
		{"the other way", db.TableQuery{Table: "people",
			Through: []db.Through{{Table: "memberships", Column: "group_id", Value: "1"}}}, []int64{1, 2}, "Chess club"},
		{"two links narrow", db.TableQuery{Table: "people", Through: []db.Through{
			{Table: "memberships", Column: "group_id", Value: "1"},
			{Table: "person_tags", Column: "tag_id", Value: "1"}}}, []int64{2}, "Chess club"},
		{"a non-key column", db.TableQuery{Table: "people",
			Through: []db.Through{{Table: "memberships", Column: "role", Value: "chair"}}}, []int64{1}, ""},
		{"no match", db.TableQuery{Table: "groups",
			Through: []db.Through{{Table: "memberships", Column: "person_id", Value: "99"}}}, []int64{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			q.Size = 100
			res, err := r.TablePage(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if got := idsOf(t, res); !slices.Equal(got, tc.want) {
				t.Errorf("rows %v, want %v", got, tc.want)
			}
			if res.Count.N != int64(len(tc.want)) || !res.Count.Exact {
				t.Errorf("count %+v, want %d", res.Count, len(tc.want))
			}
			if res.ThroughLabels[0] != tc.label {
				t.Errorf("through label %q, want %q", res.ThroughLabels[0], tc.label)
			}
		})
	}
}

func TestThroughPagesFacetsAndStreams(t *testing.T) {
	r := openReader(t, writeLinkFixture(t), db.ReadOptions{})
	ctx := context.Background()
	q := db.TableQuery{Table: "groups", Size: 1, Through: []db.Through{{Table: "memberships", Column: "person_id", Value: "1"}}}
	if got := walkPages(t, r, q); !slices.Equal(got, []int64{1, 2, 3, 4}) {
		t.Errorf("pages walk %v", got)
	}
	q.Facets = []string{"kind"}
	res, err := r.TablePage(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int64{}
	for _, v := range res.Facets[0].Values {
		counts[v.Value.(string)] = v.Count
	}
	if counts["club"] != 3 || counts["work"] != 1 {
		t.Errorf("facet counts %v, want club 3 and work 1 (Unused is no one's)", counts)
	}
	var streamed []int64
	err = r.StreamTable(ctx, q, func([]string) error { return nil }, func(row []any) error {
		streamed = append(streamed, row[0].(int64))
		return nil
	})
	if err != nil || !slices.Equal(streamed, []int64{1, 2, 3, 4}) {
		t.Errorf("stream %v, %v", streamed, err)
	}
}

func TestThroughErrors(t *testing.T) {
	r := openReader(t, writeLinkFixture(t), db.ReadOptions{})
	tests := []struct {
		name, table string
		through     db.Through
		want        string
	}{
		{"unknown table", "groups", db.Through{Table: "nope", Column: "person_id", Value: "1"}, "no table 'nope'"},
		{"unknown column", "groups", db.Through{Table: "memberships", Column: "nope", Value: "1"}, "no column 'nope'"},
		{"no key to the table", "tags", db.Through{Table: "memberships", Column: "person_id", Value: "1"}, "no foreign key to 'tags'"},
		{"only the named key", "groups", db.Through{Table: "memberships", Column: "group_id", Value: "1"}, "no foreign key to 'groups'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.TablePage(context.Background(), db.TableQuery{Table: tc.table, Through: []db.Through{tc.through}})
			wantCode(t, err, db.EINVALID)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

package db_test

import (
	"context"
	"strings"
	"testing"

	"hotline/db"
)

// TestClippedPagesReadAlongTheIndex: pages that cut long values (HTML) select each column
// under its own name, so their ORDER BY must name the table's column, not that clipped
// value: otherwise every page of a million-row table sorts the whole table.
func TestClippedPagesReadAlongTheIndex(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	raw := rawDB(t, path)
	for _, tc := range []struct {
		name string
		q    db.TableQuery
	}{
		{"key order", db.TableQuery{Table: "events"}},
		{"sorted by an indexed column", db.TableQuery{Table: "events", Sort: "score"}},
		{"sorted descending", db.TableQuery{Table: "events", Sort: "score", Desc: true}},
	} {
		for _, clip := range []int{0, 10000} {
			q := tc.q
			q.Clip = clip
			t.Run(tc.name, func(t *testing.T) {
				query, args, err := r.FirstPageSQL(context.Background(), q)
				if err != nil {
					t.Fatal(err)
				}
				rows, err := raw.Query("EXPLAIN QUERY PLAN "+query, args...)
				if err != nil {
					t.Fatalf("%s: %v", query, err)
				}
				defer rows.Close()
				var plan []string
				for rows.Next() {
					var id, parent, unused int
					var detail string
					if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
						t.Fatal(err)
					}
					plan = append(plan, detail)
				}
				if p := strings.Join(plan, "; "); strings.Contains(p, "TEMP B-TREE") {
					t.Errorf("clip %d: %s\nsorts the table: %s", clip, query, p)
				}
			})
		}
	}
}

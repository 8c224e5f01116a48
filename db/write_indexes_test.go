package db_test

import (
	"context"
	"database/sql"
	"slices"
	"testing"
)

// TestSuspendIndexes checks that a first import's indexes are dropped while it writes and
// built again after, that the duplicate lookup's index stays, and that a database holding
// articles keeps its indexes.
func TestSuspendIndexes(t *testing.T) {
	ctx := context.Background()
	indexes := func(tb testing.TB, raw *sql.DB) []string {
		tb.Helper()
		return joinedRows(tb, raw, `SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
	}
	for _, tc := range []struct {
		name        string
		withArticle bool
		restore     bool
		wantDropped bool
	}{
		{"empty file, restored", false, true, false},
		{"empty file, not restored", false, false, true},
		{"file with articles", true, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, raw := storeMaybeWithArticle(t, tc.withArticle)
			before := indexes(t, raw)
			tx := begin(t, s)
			must(t, tx.SuspendIndexes(ctx))
			id := startImport(t, tx)
			_, err := tx.InsertArticle(ctx, article("b.txt", "Another", "Omar Lind met Anna Berg.", id))
			must(t, err)
			if tc.restore {
				must(t, tx.RestoreIndexes(ctx))
			}
			commit(t, tx)
			after := indexes(t, raw)
			if !slices.Contains(after, "articles_content_hash") {
				t.Errorf("articles_content_hash dropped: %v", after)
			}
			if dropped := len(after) < len(before); dropped != tc.wantDropped {
				t.Errorf("indexes before %v, after %v; dropped = %v, want %v", before, after, dropped, tc.wantDropped)
			}
			if !tc.wantDropped && !slices.Equal(before, after) {
				t.Errorf("indexes before %v, after %v", before, after)
			}
		})
	}
}

package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"hotline/db"
)

// TestFullTextBuilderFailsClean checks that a builder that cannot start reports it and
// leaves no private folder behind.
func TestFullTextBuilderFailsClean(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	def := db.FullTextDef{SQL: "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id')"}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		def  db.FullTextDef
	}{
		{"cancelled", cancelled, def},
		{"not the articles' table", context.Background(), db.FullTextDef{SQL: "CREATE TABLE x(a)"}},
		{"a setting FTS5 refuses", context.Background(), db.FullTextDef{SQL: def.SQL, Config: [][2]any{{"nonsense", 1}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if b, err := db.NewFullTextBuilder(tc.ctx, tc.def); err == nil {
				b.Close()
				t.Fatal("NewFullTextBuilder succeeded")
			}
			if left, _ := filepath.Glob(filepath.Join(tmp, "hotline-fulltext-*")); len(left) > 0 {
				t.Errorf("left %v", left)
			}
		})
	}
}

package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"hotline/db"
)

// TestSearchStems checks that a database made by the first schema, whose indexes do not
// stem, is rebuilt by the migration so that "sanction" finds "sanctions", and that new
// rows are indexed the same way.
func TestSearchStems(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	raw := v1Database(t, path,
		`INSERT INTO articles(id, source, title, text, raw_text, content_hash, import_id) VALUES
		 (1, 'a.txt', 'New sanctions', 'The ministers discussed sanctions.', 'x', '`+hash64+`', 1)`,
		`INSERT INTO quotes(article_id, text, rule) VALUES (1, 'We are meeting again', 'test')`)
	matches := func(table, query string) int {
		return queryInt(t, raw, `SELECT count(*) FROM `+table+` WHERE `+table+` MATCH ?`, query)
	}
	if matches("articles_fts", "sanction") != 0 {
		t.Fatal("the first schema already stems: the test proves nothing")
	}
	s, err := db.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct{ table, query string }{
		{"articles_fts", "sanction"}, {"articles_fts", "minister"}, {"articles_fts", "discuss"}, {"quotes_fts", "meet"},
	} {
		if n := matches(c.table, c.query); n != 1 {
			t.Errorf("%s MATCH %q: %d rows, want 1", c.table, c.query, n)
		}
	}
	if _, err := raw.Exec(`INSERT INTO articles(id, source, title, text, raw_text, content_hash, import_id) VALUES
		 (2, 'b.txt', 'Calls', 'Leaders called twice.', 'x', '` + hash64b + `', 1)`); err != nil {
		t.Fatal(err)
	}
	if n := matches("articles_fts", "call"); n != 1 {
		t.Errorf("a new article is not indexed with stemming: %d", n)
	}
}

const (
	hash64  = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	hash64b = "1123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
)

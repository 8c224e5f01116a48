package db_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
)

// TestMigrateCompact checks that a database made by the first schema keeps every row of
// the link tables once they are rebuilt WITHOUT ROWID, that the views naming them still
// read them, and that the alias counts and the content-hash lookup work on the new
// indexes.
func TestMigrateCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	raw := v1Database(t, path,
		`INSERT INTO articles(id, source, title, text, raw_text, content_hash, import_id) VALUES
		 (1, 'a.txt', 'Call', 'Austin called Shoigu. Austin said so.', '', '`+hash64+`', 1)`,
		`INSERT INTO actors(id, name, kind, key) VALUES (1, 'Lloyd Austin', 'person', 'lloyd austin'),
		 (2, 'Sergei Shoigu', 'person', 'sergei shoigu')`,
		`INSERT INTO actor_aliases(actor_id, alias, key, count) VALUES (1, 'Austin', 'austin', 0),
		 (1, 'Lloyd Austin', 'lloyd austin', 7), (2, 'Shoigu', 'shoigu', 0)`,
		`INSERT INTO article_actors(article_id, actor_id, role, mentions) VALUES (1, 1, 'Secretary', 2), (1, 2, NULL, 1)`,
		`INSERT INTO actor_mentions(article_id, actor_id, surface, start, "end", rule) VALUES
		 (1, 1, 'Austin', 0, 6, 'r'), (1, 2, 'Shoigu', 14, 20, 'r'), (1, 1, 'Austin', 22, 28, 'r')`,
		`INSERT INTO contacts(id, title, mode, status) VALUES (1, 'Lloyd Austin & Sergei Shoigu (phone)', 'phone', 'held')`,
		`INSERT INTO contact_participants(contact_id, actor_id) VALUES (1, 1), (1, 2)`,
		`INSERT INTO contact_mentions(contact_id, article_id, status, mode, rule) VALUES (1, 1, 'held', 'phone', 'r')`)
	s, err := db.OpenStore(context.Background(), path)
	must(t, err)
	defer s.Close()
	for _, table := range []string{"article_actors", "contact_participants", "actor_aliases"} {
		if n := queryInt(t, raw, `SELECT count(*) FROM sqlite_schema WHERE name = ? AND sql LIKE '%WITHOUT ROWID'`, table); n != 1 {
			t.Errorf("%s is not WITHOUT ROWID", table)
		}
	}
	for _, c := range []struct{ query, want string }{
		{`SELECT * FROM article_actors ORDER BY actor_id`, "1|1|Secretary|2 1|2||1"},
		{`SELECT * FROM contact_participants ORDER BY actor_id`, "1|1 1|2"},
		{`SELECT actor_a, actor_b, contacts FROM actor_pairs ORDER BY actor_a`, "Lloyd Austin|Sergei Shoigu|1 Sergei Shoigu|Lloyd Austin|1"},
		{`SELECT participants FROM contact_timeline`, "Lloyd Austin & Sergei Shoigu"},
		{`SELECT sql FROM sqlite_schema WHERE name = 'actor_mentions_actor_id'`, "CREATE INDEX actor_mentions_actor_id ON actor_mentions(actor_id)"},
	} {
		if got := strings.Join(joinedRows(t, raw, c.query), " "); got != c.want {
			t.Errorf("%s: %q, want %q", c.query, got, c.want)
		}
	}
	ctx := context.Background()
	tx := begin(t, s)
	must(t, tx.Refresh(ctx))
	for hash, want := range map[string]string{hash64: "a.txt", hash64[:16] + strings.Repeat("0", 48): "", hash64b: ""} {
		if got, err := tx.SourceByHash(ctx, hash); err != nil || got != want {
			t.Errorf("SourceByHash(%.20s...) = %q, %v; want %q", hash, got, err, want)
		}
	}
	commit(t, tx)
	if got := strings.Join(joinedRows(t, raw, `SELECT alias, count FROM actor_aliases ORDER BY actor_id, alias`), " "); got != "Austin|2 Lloyd Austin|0 Shoigu|1" {
		t.Errorf("alias counts after Refresh: %s", got)
	}
	plan := strings.Join(joinedRows(t, raw, `EXPLAIN QUERY PLAN SELECT source FROM articles
		WHERE substr(content_hash, 1, 16) = substr(?1, 1, 16) AND +content_hash = ?1 ORDER BY id LIMIT 1`, hash64), " ")
	if !strings.Contains(plan, "USING INDEX articles_content_hash") {
		t.Errorf("the content-hash lookup does not use its index: %s", plan)
	}
}

package db_test

import (
	"testing"
)

// TestSchemaConstraints inserts one bad row per case into a database holding one good
// article, actor pair and contact, and expects SQLite to refuse each.
func TestSchemaConstraints(t *testing.T) {
	_, raw, _, _ := storeWithArticle(t, "A", "text")
	good := []string{
		`INSERT INTO actors(id, name, kind, country, key) VALUES (1, 'Antony Blinken', 'person', 'US', 'antony blinken')`,
		`INSERT INTO actors(id, name, kind, key) VALUES (2, 'NATO', 'organization', 'nato')`,
		`INSERT INTO contacts(id, mode, status, date) VALUES (1, 'phone', 'held', '2022-02')`,
		`INSERT INTO contact_mentions(contact_id, article_id, status, mode, rule) VALUES (1, 1, 'scheduled', 'phone', 'r')`,
	}
	for _, q := range good {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("a good row was refused: %s: %v", q, err)
		}
	}
	bad := []struct{ name, sql string }{
		{"mode", `INSERT INTO contacts(mode, status) VALUES ('telegram', 'held')`},
		{"status", `INSERT INTO contacts(mode, status) VALUES ('phone', 'rumoured')`},
		{"contact date", `INSERT INTO contacts(mode, status, date) VALUES ('phone', 'held', 'Feb 1')`},
		{"mention status", `INSERT INTO contact_mentions(contact_id, article_id, status, mode, rule) VALUES (1, 1, 'maybe', 'phone', 'r')`},
		{"mention twice per article", `INSERT INTO contact_mentions(contact_id, article_id, status, mode, rule) VALUES (1, 1, 'held', 'phone', 'r')`},
		{"lower-case country", `INSERT INTO actors(name, kind, country, key) VALUES ('X', 'person', 'us', 'x')`},
		{"three-letter country", `INSERT INTO actors(name, kind, country, key) VALUES ('X', 'person', 'USA', 'x')`},
		{"kind", `INSERT INTO actors(name, kind, key) VALUES ('X', 'country', 'x')`},
		{"duplicate key", `INSERT INTO actors(name, kind, key) VALUES ('Tony Blinken', 'person', 'antony blinken')`},
		{"missing actor", `INSERT INTO article_actors(article_id, actor_id) VALUES (1, 99)`},
		{"missing article", `INSERT INTO quotes(article_id, text, rule) VALUES (99, 'x', 'r')`},
		{"empty quote", `INSERT INTO quotes(article_id, text, rule) VALUES (1, '', 'r')`},
		{"half a span", `INSERT INTO quotes(article_id, text, start, rule) VALUES (1, 'x', 3, 'r')`},
		{"reversed span", `INSERT INTO actor_mentions(article_id, actor_id, surface, start, "end", rule) VALUES (1, 1, 'x', 5, 2, 'r')`},
		{"published", `INSERT INTO articles(source, published, raw_text, text, content_hash, import_id)
			VALUES ('b.txt', '1 Feb 2022', '', '', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 1)`},
		{"duplicate source", `INSERT INTO articles(source, raw_text, text, content_hash, import_id)
			VALUES ('a.txt', '', '', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 1)`},
		{"strict integer", `INSERT INTO article_actors(article_id, actor_id, mentions) VALUES (1, 1, 'many')`},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			if _, err := raw.Exec(c.sql); err == nil {
				t.Errorf("the database accepted a bad row: %s", c.sql)
			}
		})
	}
}

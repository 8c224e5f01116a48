package db_test

import (
	"slices"
	"testing"
)

// TestSchemaHasScoredColumns checks the tables and columns SCHEMA.md promises (and those
// the explorer and the importer rely on) exist.
func TestSchemaHasScoredColumns(t *testing.T) {
	_, raw := openStore(t)
	want := map[string][]string{
		"meta":                 {"key", "value"},
		"imports":              {"id", "started", "finished", "inputs", "hotline_version", "articles_new", "articles_updated", "articles_unchanged", "articles_skipped", "actors", "contacts", "quotes", "errors", "status"},
		"articles":             {"id", "source", "title", "published", "url", "publisher", "author", "byline", "dateline", "raw_text", "text", "content_hash", "import_id", "story_day"},
		"actors":               {"id", "name", "kind", "role", "country", "key"},
		"actor_aliases":        {"actor_id", "alias", "key", "count"},
		"article_actors":       {"article_id", "actor_id", "role", "mentions"},
		"actor_mentions":       {"id", "article_id", "actor_id", "surface", "sentence", "start", "end", "rule"},
		"contacts":             {"id", "mode", "status", "date", "date_text", "initiator_id", "location", "duration_minutes", "first_reported", "last_reported"},
		"contact_participants": {"contact_id", "actor_id"},
		"contact_mentions":     {"id", "contact_id", "article_id", "status", "mode", "date", "date_text", "sentence", "start", "end", "rule"},
		"quotes":               {"id", "article_id", "speaker_id", "text", "speaker_text", "sentence", "start", "end", "rule"},
		"contact_timeline":     {"id", "date", "mode", "status", "participants", "location", "initiator", "articles", "first_reported"},
		"actor_pairs":          {"actor_a_id", "actor_a", "actor_b_id", "actor_b", "contacts", "first_date", "last_date", "modes"},
		"quotes_by_speaker":    {"speaker_id", "name", "role", "country", "quotes", "first_published", "last_published"},
		"articles_fts":         {"title", "text"},
		"quotes_fts":           {"text"},
	}
	for table, cols := range want {
		t.Run(table, func(t *testing.T) {
			rows, err := raw.Query(`SELECT name FROM pragma_table_info(?)`, table)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var have []string
			for rows.Next() {
				var name string
				must(t, rows.Scan(&name))
				have = append(have, name)
			}
			for _, c := range cols {
				if !slices.Contains(have, c) {
					t.Errorf("%s has no column %s (has %v)", table, c, have)
				}
			}
		})
	}
}

// TestSchemaTablesAreStrict checks every ordinary table is STRICT and every foreign key
// column has an index whose first column it is.
func TestSchemaTablesAreStrict(t *testing.T) {
	_, raw := openStore(t)
	rows, err := raw.Query(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		var strict int
		must(t, rows.Scan(&name, &strict))
		if strict != 1 {
			t.Errorf("table %s is not STRICT", name)
		}
		tables = append(tables, name)
	}
	rows.Close()
	for _, table := range tables {
		fks := joinedRows(t, raw, `SELECT "from" FROM pragma_foreign_key_list(?)`, table)
		indexed := joinedRows(t, raw, `SELECT ii.name FROM pragma_index_list(?) il
			JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0`, table)
		for _, col := range fks {
			if !slices.Contains(indexed, col) {
				t.Errorf("%s.%s is a foreign key without an index", table, col)
			}
		}
	}
}

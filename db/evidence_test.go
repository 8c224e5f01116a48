package db_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
)

// hotlineFixture creates a database with Hotline's own schema (through the write path's
// OpenStore) and one article with a mention, a contact and two quotes, one of them
// without offsets.
func hotlineFixture(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "hotline.db")
	s, err := db.OpenStore(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	s.Close()
	w := openPlain(tb, path)
	text := "Leader Ana Ruiz phoned Bo Chen on Monday. \"We agreed,\" Ruiz said."
	mustExec(tb, w, `INSERT INTO imports (id, started, hotline_version, status) VALUES (1, '2026-01-01', 'test', 'completed')`)
	mustExec(tb, w, `INSERT INTO articles (id, source, raw_text, text, content_hash, import_id) VALUES (7, 'a.txt', ?, ?, ?, 1)`,
		text, text, strings.Repeat("a", 64))
	mustExec(tb, w, `INSERT INTO actors (id, name, kind, key) VALUES (1, 'Ana Ruiz', 'person', 'ana'), (2, 'Bo Chen', 'person', 'bo')`)
	mustExec(tb, w, `INSERT INTO actor_mentions (article_id, actor_id, surface, start, "end", rule) VALUES
		(7, 1, 'Ana Ruiz', 7, 15, 'title-name'), (7, 2, 'Bo Chen', 23, 30, 'name')`)
	mustExec(tb, w, `INSERT INTO contacts (id, mode, status) VALUES (1, 'phone', 'held')`)
	mustExec(tb, w, `INSERT INTO contact_participants VALUES (1, 2), (1, 1)`)
	mustExec(tb, w, `INSERT INTO contact_mentions (contact_id, article_id, status, mode, start, "end", rule) VALUES
		(1, 7, 'held', 'phone', 0, 41, 'verb-phoned')`)
	mustExec(tb, w, `INSERT INTO quotes (article_id, speaker_id, text, start, "end", rule) VALUES
		(7, 1, 'We agreed,', 43, 53, 'quote-said'), (7, NULL, 'no offsets', NULL, NULL, 'x')`)
	return path
}

func TestEvidence(t *testing.T) {
	r := openReader(t, hotlineFixture(t), db.ReadOptions{})
	got, err := r.Evidence(context.Background(), 7)
	if err != nil {
		t.Fatal(err)
	}
	want := []db.Evidence{
		{Table: "contact_mentions", RowID: 1, Rule: "verb-phoned", Label: "Ana Ruiz, Bo Chen (phone)", Start: 0, End: 41},
		{Table: "actor_mentions", RowID: 1, Rule: "title-name", Label: "Ana Ruiz", Start: 7, End: 15},
		{Table: "actor_mentions", RowID: 2, Rule: "name", Label: "Bo Chen", Start: 23, End: 30},
		{Table: "quotes", RowID: 1, Rule: "quote-said", Label: "Ana Ruiz", Start: 43, End: 53},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("evidence %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	t.Run("other article", func(t *testing.T) {
		if ev, err := r.Evidence(context.Background(), 8); err != nil || len(ev) != 0 {
			t.Errorf("Evidence(8) = %v, %v", ev, err)
		}
	})
	t.Run("not a hotline database", func(t *testing.T) {
		other := openReader(t, writeFixture(t), db.ReadOptions{})
		if ev, err := other.Evidence(context.Background(), 1); ev != nil || err != nil {
			t.Errorf("Evidence = %v, %v; want nil, nil", ev, err)
		}
	})
}

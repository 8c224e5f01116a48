package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"hotline/db"
	"hotline/db/bench"
)

// BenchmarkRowRelated measures a row page's reads on the generated 100,000 contacts with
// a participants link table added: the row, its related counts and previews, and the
// far side of the link (an actor's ~40 contacts); and the _through page they lead to.
func BenchmarkRowRelated(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	if err := bench.Generate(context.Background(), path, 100000); err != nil {
		b.Fatal(err)
	}
	mustExec(b, openPlain(b, path), `
		CREATE TABLE contact_participants (contact_id INTEGER NOT NULL REFERENCES contacts(id),
			actor_id INTEGER NOT NULL REFERENCES actors(id), PRIMARY KEY (contact_id, actor_id));
		CREATE INDEX contact_participants_actor_id ON contact_participants(actor_id);
		INSERT INTO contact_participants SELECT id, initiator_id FROM contacts WHERE initiator_id IS NOT NULL;
		INSERT OR IGNORE INTO contact_participants SELECT id, id % 5000 + 1 FROM contacts;`)
	r := openReader(b, path, db.ReadOptions{Immutable: true})
	ctx := context.Background()
	b.Run("row", func(b *testing.B) {
		for b.Loop() {
			res, err := r.Row(ctx, "actors", []string{"42"})
			if err != nil || len(res.Through) != 1 || len(res.Through[0].Preview) == 0 {
				b.Fatalf("row: %v %+v", err, res)
			}
		}
	})
	b.Run("through page", func(b *testing.B) {
		q := db.TableQuery{Table: "contacts", Size: 100, Sort: "date", Desc: true,
			Through: []db.Through{{Table: "contact_participants", Column: "actor_id", Value: "42"}}}
		for b.Loop() {
			if res, err := r.TablePage(ctx, q); err != nil || len(res.Rows) == 0 {
				b.Fatalf("page: %v", err)
			}
		}
	})
}

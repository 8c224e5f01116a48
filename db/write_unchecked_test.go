package db_test

import (
	"context"
	"slices"
	"testing"

	"hotline/db"
)

// TestFirstImportLeavesWhatChecksWould runs the deletes of an import (a merge, an article
// replaced, the prune of what it orphaned) in a first import, where foreign keys are not
// checked, and in one into a database with articles, where they are: both leave no row
// pointing at a deleted one, and the same rows.
func TestFirstImportLeavesWhatChecksWould(t *testing.T) {
	for _, tc := range []struct {
		name        string
		withArticle bool
	}{{"first import", false}, {"into a database with articles", true}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			id := func(n int64, err error) int64 {
				t.Helper()
				must(t, err)
				return n
			}
			s, raw := storeMaybeWithArticle(t, tc.withArticle)
			tx := begin(t, s)
			imp := startImport(t, tx)
			a := id(tx.InsertArticle(ctx, article("first.txt", "Talks", "Berg met Lind.", imp)))
			b := id(tx.InsertArticle(ctx, article("second.txt", "Visit", "Lind visited Sand.", imp)))
			actor := func(name string) int64 {
				return id(tx.InsertActor(ctx, db.ActorRow{Name: name, Kind: "person", Key: name}))
			}
			berg, lind, sand := actor("berg"), actor("lind"), actor("sand")
			must(t, tx.AddAlias(ctx, berg, "Berg", "berg"))
			for _, l := range [][2]int64{{a, berg}, {a, lind}, {b, sand}} {
				must(t, tx.LinkActor(ctx, l[0], l[1], "", 1))
				must(t, tx.InsertMention(ctx, db.MentionRow{ArticleID: l[0], ActorID: l[1], Surface: "x",
					Span: db.Span{Start: 0, End: 1}, Rule: "test"}))
			}
			contact := func(art, initiator int64, parts ...int64) int64 {
				c := id(tx.AddContact(ctx, db.ContactRow{Mode: "meeting", Status: "held", InitiatorID: initiator}))
				for _, p := range parts {
					must(t, tx.AddParticipant(ctx, c, p))
				}
				must(t, tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: c, ArticleID: art, Status: "held",
					Mode: "meeting", Rule: "test"}))
				return c
			}
			contact(a, 0, berg, lind) // reported by the replaced article only: pruned
			talks := contact(a, berg, berg, lind)
			must(t, tx.CreateContactIndex(ctx))
			must(t, tx.MergeContact(ctx, contact(b, 0, lind, sand), talks))
			must(t, tx.DropContactIndex(ctx))
			visit := contact(b, berg, sand, berg)
			must(t, tx.AddQuote(ctx, db.QuoteRow{ArticleID: b, SpeakerID: lind, Text: "We met.", Rule: "test"}))
			must(t, tx.ReplaceArticle(ctx, db.ArticleRow{ID: a, Source: "first.txt", Text: "Nothing.",
				ContentHash: "f123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", ImportID: imp}))
			contacts, actors, err := tx.PruneOrphans(ctx)
			must(t, err)
			if contacts != 1 || actors != 2 {
				t.Errorf("pruned %d contacts and %d actors, want 1 and 2", contacts, actors)
			}
			commit(t, tx)
			if got := joinedRows(t, raw, `PRAGMA foreign_key_check`); len(got) > 0 {
				t.Errorf("rows point at deleted ones: %q", got)
			}
			for _, c := range []struct{ query, want string }{
				{`SELECT group_concat(key) FROM (SELECT key FROM actors ORDER BY key)`, "sand"},
				{`SELECT count(*) FROM actor_aliases`, "0"},
				{`SELECT group_concat(a.key) FROM contact_participants p JOIN actors a ON a.id = p.actor_id`, "sand,sand"},
				{`SELECT count(*) FROM contact_participants`, "2"},
				{`SELECT coalesce(initiator_id, 'none') FROM contacts WHERE id = ?`, "none"},
				{`SELECT coalesce(speaker_id, 'none') FROM quotes WHERE article_id = ?`, "none"},
			} {
				arg := visit
				if c.query == `SELECT coalesce(speaker_id, 'none') FROM quotes WHERE article_id = ?` {
					arg = b
				}
				if got := joinedRows(t, raw, c.query, arg); !slices.Equal(got, []string{c.want}) {
					t.Errorf("%s: got %q, want %q", c.query, got, c.want)
				}
			}
		})
	}
}

// TestForeignKeysCheckedAfterFirstImport checks that a first import, committed or rolled
// back, leaves the store checking foreign keys for the next transaction into a database
// that holds articles.
func TestForeignKeysCheckedAfterFirstImport(t *testing.T) {
	for _, tc := range []struct {
		name   string
		commit bool
	}{{"committed", true}, {"rolled back", false}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s, raw := openStore(t)
			tx := begin(t, s)
			imp := startImport(t, tx)
			_, err := tx.InsertArticle(ctx, article("a.txt", "A", "Text.", imp))
			must(t, err)
			if tc.commit {
				commit(t, tx)
			} else {
				must(t, tx.Rollback())
				raw.Exec(`INSERT INTO imports(id, started, hotline_version, status) VALUES (1, 'x', 'test', 'completed')`)
				_, err := raw.Exec(`INSERT INTO articles(source, raw_text, text, content_hash, import_id) VALUES ('a.txt', '', 'x', ?, 1)`,
					"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
				must(t, err)
			}
			tx = begin(t, s)
			imp = startImport(t, tx)
			art, err := tx.InsertArticle(ctx, article("b.txt", "B", "Text.", imp))
			must(t, err)
			must(t, tx.LinkActor(ctx, art, 999, "", 1)) // no such actor
			if err := tx.Commit(); err == nil {
				t.Error("a link to a missing actor was committed")
			}
		})
	}
}

package db_test

import (
	"context"
	"strings"
	"testing"

	"hotline/db"
)

// TestFullTextFollowsArticles checks articles_fts finds what articles hold after an
// insert, an update (the old words are gone) and a delete.
func TestFullTextFollowsArticles(t *testing.T) {
	s, raw, imp, id := storeWithArticle(t, "Talks in Geneva", "The ministers met in Geneva.")
	ctx := context.Background()
	tx := begin(t, s)
	_, err := tx.InsertQuote(ctx, db.QuoteRow{ArticleID: id, Text: "path of peace", Rule: "test"})
	must(t, err)
	commit(t, tx)
	matches := func(table, query string) int {
		return queryInt(t, raw, `SELECT count(*) FROM `+table+` WHERE `+table+` MATCH ?`, query)
	}
	steps := []struct {
		name  string
		apply func(*db.WriteTx)
		want  map[string]int // query -> matches
	}{
		{"inserted", func(*db.WriteTx) {}, map[string]int{"geneva": 1, "ministers": 1, "peace": 1}},
		{"updated", func(tx *db.WriteTx) {
			a := article("a.txt", "Call", "The ministers spoke by phone.", imp)
			a.ID = id
			must(t, tx.ReplaceArticle(ctx, a)) // deletes the article's quotes too
		}, map[string]int{"geneva": 0, "phone": 1, "peace": 0}},
		{"deleted", func(*db.WriteTx) {
			_, err := raw.Exec(`DELETE FROM articles WHERE id = ?`, id)
			must(t, err)
		}, map[string]int{"phone": 0, "ministers": 0}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if step.name != "deleted" {
				tx := begin(t, s)
				step.apply(tx)
				commit(t, tx)
			} else {
				step.apply(nil)
			}
			for q, want := range step.want {
				table := "articles_fts"
				if q == "peace" {
					table = "quotes_fts"
				}
				if got := matches(table, q); got != want {
					t.Errorf("%s MATCH %q: %d rows, want %d", table, q, got, want)
				}
			}
			for _, table := range []string{"articles_fts", "quotes_fts"} {
				// integrity-check with rank 1 compares the index with its content table
				if _, err := raw.Exec(`INSERT INTO ` + table + `(` + table + `, rank) VALUES ('integrity-check', 1)`); err != nil {
					t.Errorf("%s is out of step with its table: %v", table, err)
				}
			}
		})
	}
}

// TestFullTextFollowsActors checks actors_fts finds actors by name, role and every alias,
// folds diacritics, and follows a merge that renames an actor and the deletion of aliases
// and actors.
func TestFullTextFollowsActors(t *testing.T) {
	s, raw := openStore(t)
	ctx := context.Background()
	tx := begin(t, s)
	id, err := tx.InsertActor(ctx, db.ActorRow{Name: "Recep Tayyip Erdoğan", Kind: "person", Role: "President", Country: "TR", Key: "recep tayyip erdogan"})
	must(t, err)
	_, err = tx.InsertActor(ctx, db.ActorRow{Name: "Lavrov", Kind: "person", Role: "Foreign Minister", Key: "lavrov"})
	must(t, err)
	zel, err := tx.InsertActor(ctx, db.ActorRow{Name: "Volodymyr Zelensky", Kind: "person", Role: "President", Key: "volodymyr zelensky"})
	must(t, err)
	for _, alias := range []string{"Zelensky", "Zelenskiy", "Volodymyr Zelenskyy"} {
		must(t, tx.AddAlias(ctx, zel, alias, strings.ToLower(alias)))
	}
	commit(t, tx)
	matches := func(query string) int {
		return queryInt(t, raw, `SELECT count(*) FROM actors_fts WHERE actors_fts MATCH ?`, query)
	}
	for q, want := range map[string]int{"erdogan": 1, "ministers": 1, "lavrov": 1, "sergei": 0,
		"zelenskiy": 1, "zelenskyy": 1, "aliases : zelensky": 1, "aliases : volodymyr": 1} {
		if got := matches(q); got != want {
			t.Errorf("inserted: MATCH %q: %d rows, want %d", q, got, want)
		}
	}
	tx = begin(t, s)
	must(t, tx.UpdateActor(ctx, db.ActorRow{ID: id, Name: "Recep Erdogan", Kind: "person", Role: "Prime Minister", Country: "TR", Key: "recep erdogan"}))
	commit(t, tx)
	for q, want := range map[string]int{"tayyip": 0, "erdogan": 1, "prime": 1, "president": 1} {
		if got := matches(q); got != want {
			t.Errorf("renamed: MATCH %q: %d rows, want %d", q, got, want)
		}
	}
	if _, err := raw.Exec(`DELETE FROM actor_aliases WHERE alias = 'Zelenskiy'`); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"zelenskiy": 0, "zelenskyy": 1} {
		if got := matches(q); got != want {
			t.Errorf("alias deleted: MATCH %q: %d rows, want %d", q, got, want)
		}
	}
	if _, err := raw.Exec(`DELETE FROM actors WHERE id = ?`, zel); err != nil {
		t.Fatal(err)
	}
	if got := matches("zelenskyy"); got != 0 {
		t.Errorf("actor deleted: MATCH zelenskyy: %d rows, want 0", got)
	}
	if _, err := raw.Exec(`INSERT INTO actors_fts(actors_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("actors_fts is out of step with actors: %v", err)
	}
}

// TestMigrateActorsFullTextAliases checks that a database made before the actors' index
// held their aliases gains them on open, for the actors and aliases it already had.
func TestMigrateActorsFullTextAliases(t *testing.T) {
	_, raw := migratedV1(t,
		`INSERT INTO actors(id, name, kind, key) VALUES (1, 'Volodymyr Zelensky', 'person', 'volodymyr zelensky'),
		 (2, 'Andriy Yermak', 'person', 'andriy yermak')`,
		`INSERT INTO actor_aliases(actor_id, alias, key) VALUES (1, 'Zelenskiy', 'zelenskiy'), (1, 'Zelenskyy', 'zelenskyy')`)
	for q, want := range map[string]int{"zelenskiy": 1, "zelenskyy": 1, "yermak": 1, "andriy": 1} {
		if got := queryInt(t, raw, `SELECT count(*) FROM actors_fts WHERE actors_fts MATCH ?`, q); got != want {
			t.Errorf("MATCH %q: %d rows, want %d", q, got, want)
		}
	}
	if _, err := raw.Exec(`INSERT INTO actors_fts(actors_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("actors_fts after the migration: %v", err)
	}
}

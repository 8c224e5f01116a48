package db_test

import (
	"context"
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

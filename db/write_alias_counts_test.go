package db_test

import (
	"context"
	"slices"
	"testing"

	"hotline/db"
)

// TestRefreshAliasCounts checks that Refresh gives every alias the number of mentions
// with its surface whichever way it counts them: from memory in a first import, in SQL
// when the run rewrote an article (its old mentions go) or the file held articles before.
func TestRefreshAliasCounts(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name        string
		withArticle bool
		replace     bool
		want        []string
	}{
		{"first import", false, false, []string{"A. Berg|0", "Anna Berg|1", "Berg|2"}},
		{"first import, an article rewritten", false, true, []string{"A. Berg|0", "Anna Berg|0", "Berg|1"}},
		{"file with articles", true, false, []string{"A. Berg|0", "Anna Berg|1", "Berg|2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, raw := storeMaybeWithArticle(t, tc.withArticle)
			tx := begin(t, s)
			must(t, tx.SuspendIndexes(ctx))
			id := startImport(t, tx)
			a := article("b.txt", "A visit", "Anna Berg came. Berg spoke, and Berg left; she smiled.", id)
			artID, err := tx.InsertArticle(ctx, a)
			must(t, err)
			actor, err := tx.InsertActor(ctx, db.ActorRow{Name: "Anna Berg", Kind: "person", Key: "anna berg"})
			must(t, err)
			for _, alias := range [][2]string{{"Anna Berg", "anna berg"}, {"Berg", "berg"}, {"A. Berg", "a berg"}} {
				must(t, tx.AddAlias(ctx, actor, alias[0], alias[1]))
			}
			must(t, tx.LinkActor(ctx, artID, actor, "", 4))
			mention := func(surface string, start int) {
				must(t, tx.InsertMention(ctx, db.MentionRow{ArticleID: artID, ActorID: actor, Surface: surface,
					Span: db.Span{Start: start, End: start + len(surface)}, Rule: "test"}))
			}
			mention("Anna Berg", 0)
			mention("Berg", 16)
			mention("Berg", 32)
			mention("she", 42) // not an alias
			if tc.replace {
				a.ID = artID
				must(t, tx.ReplaceArticle(ctx, a))
				must(t, tx.LinkActor(ctx, artID, actor, "", 1))
				mention("Berg", 16)
			}
			must(t, tx.Refresh(ctx))
			commit(t, tx)
			got := joinedRows(t, raw, `SELECT alias, count FROM actor_aliases WHERE actor_id = ? ORDER BY alias`, actor)
			if !slices.Equal(got, tc.want) {
				t.Errorf("alias counts %q, want %q", got, tc.want)
			}
		})
	}
}

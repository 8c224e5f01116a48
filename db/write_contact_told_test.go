package db_test

import (
	"context"
	"slices"
	"testing"

	"hotline/db"
)

// TestFiledContactsTold checks the lookup a republished report finds its original's
// contact by: contacts filed under the sentence's fingerprint on days near the report's,
// or on no day; for a report of no day, any day's; and no more than ToldUndatedLimit of
// the contacts filed on no day, the latest, so that a boilerplate sentence many readouts
// share costs each lookup a bounded read.
func TestFiledContactsTold(t *testing.T) {
	ctx := context.Background()
	s, _, _, _ := storeWithArticle(t, "Talks", "Andrikos met Charalambous on Thursday.")
	tx := begin(t, s)
	must(t, tx.CreateContactIndex(ctx))
	const told, other = 7, 8
	file := func(id, day int64, print uint32, set ...string) {
		t.Helper()
		key := "1,2"
		if len(set) > 0 {
			key = set[0]
		}
		must(t, tx.FileContact(ctx, id, key, "2024-05/meeting", id, false, nil, false))
		must(t, tx.FileContactTold(ctx, print, day, id))
	}
	file(1, 100, told)                            // the original, published on day 100
	file(2, 110, told)                            // the same sentence ten days on: another call
	file(3, db.NoDay, told)                       // an undated story's
	file(4, 101, other)                           // another sentence
	file(5, 98, told)                             // two days before
	file(6, 100, told, "1,3")                     // another pair's, told in a sentence naming no one
	must(t, tx.FileContactTold(ctx, told, 99, 1)) // a second report of contact 1, filed once more
	for _, c := range []struct {
		name string
		day  int64
		set  string
		want []int64
	}{
		{"near the day, and undated", 100, "1,2", []int64{1, 3, 5}},
		{"a day later", 101, "1,2", []int64{1, 3}},
		{"far from every day", 200, "1,2", []int64{3}},
		{"no day: any day's", db.NoDay, "1,2", []int64{1, 2, 3, 5}},
		{"any set", 100, "", []int64{1, 3, 5, 6}},
		{"another set", 100, "1,3", []int64{6}},
		{"a set never told so", 100, "2,3", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			filed, err := tx.FiledContactsTold(ctx, told, c.day, 2, c.set)
			must(t, err)
			var got []int64
			for _, f := range filed {
				got = append(got, f.ID)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	t.Run("undated contacts bounded", func(t *testing.T) {
		for id := int64(100); id < 100+2*db.ToldUndatedLimit; id++ {
			file(id, db.NoDay, told)
		}
		filed, err := tx.FiledContactsTold(ctx, told, 100, 2, "1,2")
		must(t, err)
		if got, want := len(filed), db.ToldUndatedLimit+2; got != want { // 1 and 5 by day, the latest undated
			t.Fatalf("%d contacts, want %d", got, want)
		}
		if last := filed[len(filed)-1].ID; last != 100+2*db.ToldUndatedLimit-1 {
			t.Errorf("last %d, want the latest filed", last)
		}
		if first := filed[0].ID; first != 1 {
			t.Errorf("first %d, want 1", first)
		}
	})
	t.Run("a merged contact's filings go with it", func(t *testing.T) {
		latest := int64(100 + 2*db.ToldUndatedLimit - 1)
		must(t, tx.MergeContact(ctx, latest, 1))
		filed, err := tx.FiledContactsTold(ctx, told, 100, 2, "1,2")
		must(t, err)
		// The latest undated filings are the limit's again, none of them the merged one's.
		if got, want := len(filed), db.ToldUndatedLimit+2; got != want {
			t.Errorf("%d contacts, want %d", got, want)
		}
	})
}

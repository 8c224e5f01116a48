package db_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"hotline/db"
)

// TestMergeContact checks the merge of two contact rows one meeting was told as: the
// merged row's participants are both rows', each article's report moves with its sentence
// and status, the emptied row is gone, and ShareArticle tells the rows one article
// reported apart (never merged).
func TestMergeContact(t *testing.T) {
	ctx := context.Background()
	id := func(n int64, err error) int64 {
		t.Helper()
		must(t, err)
		return n
	}
	s, raw, importID, a := storeWithArticle(t, "Talks", "Andrikos met Charalambous on Thursday.")
	tx := begin(t, s)
	must(t, tx.CreateContactIndex(ctx)) // an import's merge index, which MergeContact keeps in step
	b := id(tx.InsertArticle(ctx, article("b.txt", "Summit", "Farid met Andrikos on Thursday.", importID)))
	actor := func(name string) int64 {
		return id(tx.InsertActor(ctx, db.ActorRow{Name: name, Kind: "person", Key: name}))
	}
	andrikos, charalambous, farid := actor("andrikos"), actor("charalambous"), actor("farid")
	contact := func(art int64, status, sentence string, parts ...int64) int64 {
		c := id(tx.AddContact(ctx, db.ContactRow{Mode: "meeting", Status: status}))
		for _, p := range parts {
			must(t, tx.AddParticipant(ctx, c, p))
		}
		must(t, tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: c, ArticleID: art, Status: status,
			Mode: "meeting", Sentence: sentence, Rule: "test"}))
		return c
	}
	into := contact(a, "held", "Andrikos met Charalambous on Thursday.", andrikos, charalambous)
	from := contact(b, "scheduled", "Farid met Andrikos on Thursday.", andrikos, farid)
	apart := contact(a, "held", "Andrikos met Farid.", andrikos, farid)
	for _, tc := range []struct {
		name string
		x, y int64
		want bool
	}{{"different articles", into, from, false}, {"one article", into, apart, true}} {
		t.Run("ShareArticle/"+tc.name, func(t *testing.T) {
			if got, err := tx.ShareArticle(ctx, tc.x, tc.y); err != nil || got != tc.want {
				t.Errorf("ShareArticle = %v, %v; want %v", got, err, tc.want)
			}
		})
	}
	must(t, tx.FileContact(ctx, from, "x", "2024-05/meeting", 1, false, []int64{andrikos, farid, charalambous}, false))
	must(t, tx.MergeContact(ctx, from, into))
	t.Run("unfiled", func(t *testing.T) {
		if _, ok, err := tx.ContactState(ctx, from); err != nil || ok {
			t.Errorf("ContactState = %v, %v; want not filed", ok, err)
		}
		if filed, err := tx.FiledContactsOf(ctx, farid, nil); err != nil || len(filed) != 0 {
			t.Errorf("FiledContactsOf = %v, %v; want none", filed, err)
		}
	})
	must(t, tx.DropContactIndex(ctx))
	commit(t, tx)
	t.Run("participants", func(t *testing.T) {
		got := joinedRows(t, raw, `SELECT contact_id, actor_id FROM contact_participants WHERE contact_id IN (?, ?) ORDER BY 1, 2`, into, from)
		want := []string{fmt.Sprintf("%d|%d", into, andrikos), fmt.Sprintf("%d|%d", into, charalambous), fmt.Sprintf("%d|%d", into, farid)}
		if !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("reports keep their article's sentence and status", func(t *testing.T) {
		got := joinedRows(t, raw, `SELECT article_id, status, sentence FROM contact_mentions WHERE contact_id = ? ORDER BY article_id`, into)
		want := []string{fmt.Sprintf("%d|held|Andrikos met Charalambous on Thursday.", a), fmt.Sprintf("%d|scheduled|Farid met Andrikos on Thursday.", b)}
		if !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("the emptied row is gone", func(t *testing.T) {
		got := joinedRows(t, raw, `SELECT id FROM contacts ORDER BY id`)
		want := []string{fmt.Sprint(into), fmt.Sprint(apart)}
		if !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

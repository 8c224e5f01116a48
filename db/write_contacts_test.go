package db_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"hotline/db"
)

// TestAddContact checks that queued contacts get the ids InsertContact gives, that their
// participants and reports may be queued before them, and that an update of a contact
// still queued is what the table ends with.
func TestAddContact(t *testing.T) {
	ctx := context.Background()
	id := func(n int64, err error) int64 {
		t.Helper()
		must(t, err)
		return n
	}
	s, raw, _, art := storeWithArticle(t, "Calls", "Berg called Dunn.")
	tx := begin(t, s)
	berg := id(tx.InsertActor(ctx, db.ActorRow{Name: "Anna Berg", Kind: "person", Key: "anna berg"}))
	dunn := id(tx.InsertActor(ctx, db.ActorRow{Name: "Carl Dunn", Kind: "person", Key: "carl dunn"}))
	first := id(tx.InsertContact(ctx, db.ContactRow{Mode: "phone", Status: "held"}))
	var ids []int64
	for i := range 250 { // more than a batch
		c := db.ContactRow{Mode: "meeting", Status: "held", Location: fmt.Sprint("room ", i)}
		cid := id(tx.AddContact(ctx, c))
		ids = append(ids, cid)
		must(t, tx.AddParticipant(ctx, cid, berg))
		must(t, tx.AddParticipant(ctx, cid, dunn))
		must(t, tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: cid, ArticleID: art, Status: "held", Mode: "meeting", Rule: "test"}))
	}
	last := ids[len(ids)-1]
	t.Run("ids follow InsertContact's", func(t *testing.T) {
		if ids[0] != first+1 || last != first+250 {
			t.Fatalf("ids %d..%d after %d", ids[0], last, first)
		}
	})
	// the last is still queued, the first was written
	must(t, tx.UpdateContact(ctx, db.ContactRow{ID: last, Mode: "video", Status: "proposed", Location: "updated"}))
	must(t, tx.UpdateContact(ctx, db.ContactRow{ID: ids[0], Mode: "phone", Status: "cancelled", Location: "updated too"}))
	after := id(tx.InsertContact(ctx, db.ContactRow{Mode: "phone", Status: "held"}))
	commit(t, tx)
	t.Run("InsertContact after queued ones", func(t *testing.T) {
		if after != last+1 {
			t.Fatalf("InsertContact gave %d after %d", after, last)
		}
	})
	t.Run("rows", func(t *testing.T) {
		got := joinedRows(t, raw, fmt.Sprintf(`SELECT mode, status, location,
			(SELECT count(*) FROM contact_participants p WHERE p.contact_id = c.id),
			(SELECT count(*) FROM contact_mentions m WHERE m.contact_id = c.id)
			FROM contacts c WHERE id IN (%d, %d, %d) ORDER BY id`, ids[0], ids[1], last))
		want := []string{"phone|cancelled|updated too|2|1", "meeting|held|room 1|2|1", "video|proposed|updated|2|1"}
		if !slices.Equal(got, want) {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}

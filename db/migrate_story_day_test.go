package db_test

import (
	"context"
	"strings"
	"testing"

	"hotline/db"
)

// TestMigrateStoryDay checks that an old database gains articles.story_day, NULL for the
// articles imported before, with its description; that its reports still load, dated by
// their publication date as the merge dated them then; and that an article written since
// keeps a story day apart from its publication date only, which its reports then load.
func TestMigrateStoryDay(t *testing.T) {
	ctx := context.Background()
	s, raw := migratedV1(t,
		`INSERT INTO articles(id, source, title, published, text, raw_text, content_hash, import_id) VALUES
		 (1, 'a.txt', 'Talks', '2024-03-05', 'PARIS, March 3 (Reuters) - Ines Vautrin met Pavel Tarasov.', '', '`+hash64+`', 1)`,
		`INSERT INTO contacts(id, title, mode, status, date) VALUES (1, 'Ines Vautrin & Pavel Tarasov (meeting)', 'meeting', 'held', '2024-03-03')`,
		`INSERT INTO contact_mentions(contact_id, article_id, status, mode, date, rule) VALUES (1, 1, 'held', 'meeting', '2024-03-03', 'r')`)
	if got := joinedRows(t, raw, `SELECT id, published, story_day IS NULL FROM articles`); strings.Join(got, " ") != "1|2024-03-05|1" {
		t.Errorf("the old article's published and story_day: %q, want 2024-03-05 and NULL", got)
	}
	desc := joinedRows(t, raw, `SELECT value FROM _metadata WHERE resource = 'articles' AND "column" = 'story_day' AND key = 'description'`)
	if len(desc) != 1 || !strings.Contains(desc[0], "dateline") {
		t.Errorf("story_day description %q", desc)
	}

	tx := begin(t, s)
	late := article("b.txt", "Talks", "PARIS, March 3 (Reuters) - Ines Vautrin will meet Pavel Tarasov on Thursday.", 1)
	late.Published, late.StoryDay, late.ContentHash = "2024-03-05", "2024-03-03", hash64b
	id, err := tx.InsertArticle(ctx, late)
	must(t, err)
	same := article("c.txt", "Talks", "Ines Vautrin met Pavel Tarasov on Thursday.", 1)
	same.Published, same.StoryDay = "2024-03-07", "2024-03-07"
	same.ContentHash = strings.Repeat("2", 64)
	idSame, err := tx.InsertArticle(ctx, same)
	must(t, err)
	for _, a := range []int64{id, idSame} {
		must(t, tx.InsertContactMention(ctx, db.ContactMentionRow{ContactID: 1, ArticleID: a, Status: "held", Mode: "meeting", Rule: "r"}))
	}
	contacts, err := tx.LoadContacts(ctx, 0, 10)
	must(t, err)
	if len(contacts) != 1 {
		t.Fatalf("LoadContacts: %d contacts, want 1", len(contacts))
	}
	var days []string
	for _, m := range contacts[0].Mentions {
		days = append(days, m.Day)
	}
	if got := strings.Join(days, " "); got != "2024-03-05 2024-03-03 2024-03-07" {
		t.Errorf("the reports' days %q, want the old article's publication date, then each new one's story day", got)
	}
	commit(t, tx)
	got := joinedRows(t, raw, `SELECT source, coalesce(story_day, 'NULL') FROM articles ORDER BY id`)
	if strings.Join(got, " ") != "a.txt|NULL b.txt|2024-03-03 c.txt|NULL" {
		t.Errorf("story_day by article %q, want NULL but for the copy stored after its dateline", got)
	}
}

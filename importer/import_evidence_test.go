package importer_test

import (
	"database/sql"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
	"hotline/seeds"
)

// TestSeedEvidence imports the sample articles with the real rules and checks every
// evidence span (substr(text, start+1, end-start) of an actor mention is its surface, of a
// quote its text, and a contact's span lies inside its article) and the columns score.py
// reads.
func TestSeedEvidence(t *testing.T) {
	s, path := newStore(t)
	runImport(t, s, importer.Options{}, source.Input{FS: seeds.FS, Path: "."})
	raw := rawDB(t, path)
	checks := []struct{ name, badRows string }{
		{"actor mentions", `SELECT count(*) FROM actor_mentions m JOIN articles a ON a.id = m.article_id
			WHERE substr(a.text, m.start + 1, m."end" - m.start) IS NOT m.surface`},
		{"quotes", `SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
			WHERE q.start IS NOT NULL AND substr(a.text, q.start + 1, q."end" - q.start) IS NOT q.text`},
		{"contact mentions", `SELECT count(*) FROM contact_mentions m JOIN articles a ON a.id = m.article_id
			WHERE m."end" > length(a.text)`},
		{"quotes without a span", `SELECT count(*) FROM quotes WHERE start IS NULL`},
		// Sentences are stored as offsets into the text, and the views read them back.
		{"sentences stored as copies", `SELECT (SELECT count(*) FROM actor_mentions WHERE sentence IS NOT NULL)
			+ (SELECT count(*) FROM contact_mentions WHERE sentence IS NOT NULL)
			+ (SELECT count(*) FROM quotes WHERE sentence IS NOT NULL)`},
		{"mention sentences without their mention", `SELECT count(*) FROM actor_mentions_with_sentence
			WHERE sentence IS NULL OR instr(sentence, surface) = 0`},
		{"mention sentences not around their mention", `SELECT count(*) FROM actor_mentions
			WHERE start < sentence_start OR "end" > sentence_end`},
		{"report sentences missing", `SELECT count(*) FROM contact_mentions_with_sentence WHERE sentence IS NULL OR sentence = ''`},
		{"quote sentences missing", `SELECT count(*) FROM quotes_with_sentence q JOIN quotes r ON r.id = q.id
			WHERE r.sentence_start IS NOT NULL AND (q.sentence IS NULL OR q.sentence = '')`},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if n := queryInt(t, raw, c.badRows); n != 0 {
				t.Errorf("%d rows whose span is not their text", n)
			}
		})
	}
	checkScoredColumns(t, raw)
}

// checkScoredColumns checks the rows score.py reads are there and consistent: each kind
// exists, every contact has two participants and a report, and everyone a contact or a
// quote names is linked to the article that names them.
func checkScoredColumns(t *testing.T, raw *sql.DB) {
	nonEmpty := []string{"articles", "actors", "article_actors", "actor_mentions", "contacts",
		"contact_participants", "contact_mentions", "quotes"}
	for _, table := range nonEmpty {
		if queryInt(t, raw, `SELECT count(*) FROM `+table) == 0 {
			t.Errorf("%s is empty after importing the seeds", table)
		}
	}
	if queryInt(t, raw, `SELECT count(*) FROM articles WHERE published IS NOT NULL`) == 0 {
		t.Errorf("no article has a publication date")
	}
	empty := map[string]string{
		"contacts with fewer than two participants": `SELECT count(*) FROM contacts c WHERE (SELECT count(*) FROM contact_participants p WHERE p.contact_id = c.id) < 2`,
		"contacts no article reports":               `SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM contact_mentions m WHERE m.contact_id = c.id)`,
		"participants not linked to the reporting article": `SELECT count(*) FROM contact_mentions m JOIN contact_participants p ON p.contact_id = m.contact_id
			WHERE NOT EXISTS (SELECT 1 FROM article_actors l WHERE l.article_id = m.article_id AND l.actor_id = p.actor_id)`,
		"speakers not linked to their article": `SELECT count(*) FROM quotes q WHERE q.speaker_id IS NOT NULL
			AND NOT EXISTS (SELECT 1 FROM article_actors l WHERE l.article_id = q.article_id AND l.actor_id = q.speaker_id)`,
	}
	for name, q := range empty {
		t.Run(name, func(t *testing.T) {
			if n := queryInt(t, raw, q); n != 0 {
				t.Errorf("%d %s", n, name)
			}
		})
	}
}

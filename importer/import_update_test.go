package importer_test

import (
	"context"
	"database/sql"
	"errors"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/extract"
	"hotline/importer/source"
)

// TestImportEditedArticle checks that a changed article replaces its old rows, that a
// contact only it reported and an actor only it mentioned go with them, and that a
// contact another article still reports falls back to that article's account.
func TestImportEditedArticle(t *testing.T) {
	s, path := newStore(t)
	cast := people()
	cast["storythree"] = scene{actors: []actorSpec{
		{name: "Anna Berg", kind: "person", surfaces: []string{"Anna Berg"}},
		{name: "Eva Lind", kind: "person", surfaces: []string{"Eva Lind"}},
	}, contacts: []contactSpec{{parts: []int{0, 1}, mode: "video", status: "held", date: "2022-02-03"}},
		quotes: []quoteSpec{{text: "A good call", speaker: 1}}}
	opt := importer.Options{Extractor: cast}
	in := folder(t, map[string]string{
		"one.md":   storyOne,
		"two.md":   storyTwo,
		"three.md": story("Video call", "2022-02-03", "storythree. Anna Berg held a video call with Eva Lind. \"A good call\", Lind said."),
	})
	runImport(t, s, opt, in)
	before := counts(t, path)
	writeFile(t, filepath.Join(in.Path, "two.md"), story("Call held", "2022-02-02", "Nothing to extract any more."))
	writeFile(t, filepath.Join(in.Path, "three.md"), story("Video call", "2022-02-03", "Anna Berg called. No quote now."))
	sum := runImport(t, s, opt, in)
	if sum.Updated != 2 || sum.Unchanged != 1 || sum.New != 0 {
		t.Fatalf("summary %+v, want 2 updated and 1 unchanged", sum)
	}
	if sum.PrunedActors != 2 || sum.PrunedContacts != 2 {
		t.Errorf("pruned %d actors and %d contacts, want 2 (Eva Lind, Nordic Council) and 2", sum.PrunedActors, sum.PrunedContacts)
	}
	raw := rawDB(t, path)
	after := counts(t, path)
	if after["articles"] != before["articles"] || after["quotes"] != before["quotes"]-1 {
		t.Errorf("articles %d -> %d, quotes %d -> %d; want the same articles and one quote fewer",
			before["articles"], after["articles"], before["quotes"], after["quotes"])
	}
	actors := queryRows(t, raw, `SELECT name FROM actors ORDER BY name`)
	if !slices.Equal(actors, []string{"Anna Berg", "Carl Dunn"}) {
		t.Errorf("actors %q, want Anna Berg and Carl Dunn", actors)
	}
	contacts := queryRows(t, raw, `SELECT mode, status, coalesce(date, ''),
		(SELECT count(*) FROM contact_mentions m WHERE m.contact_id = c.id) FROM contacts c`)
	if !slices.Equal(contacts, []string{"phone|scheduled|2022-02-01|1"}) {
		t.Errorf("contacts %q, want the call as article one reported it", contacts)
	}
	for _, table := range []string{"actor_mentions", "contact_mentions", "quotes", "article_actors"} {
		orphans := queryInt(t, raw, `SELECT count(*) FROM `+table+` x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)`)
		if orphans != 0 {
			t.Errorf("%s has %d rows of no article", table, orphans)
		}
	}
	if n := queryInt(t, raw, `SELECT count(*) FROM actor_mentions m JOIN articles a ON a.id = m.article_id
		WHERE a.source LIKE '%three.md' AND m.surface = 'Eva Lind'`); n != 0 {
		t.Errorf("%d mentions of Eva Lind survive the edit", n)
	}
	assertFullText(t, raw, map[string]int{"articles_fts:geneva": 0, "articles_fts:extract": 1,
		"articles_fts:storyone": 1, "quotes_fts:\"good call\"": 0, "quotes_fts:talk": 1,
		"contacts_fts:berg": 1, "contacts_fts:lind": 0})
}

// assertFullText checks the full-text indexes after an import (which indexes articles and
// quotes in bulk with their triggers suspended; actors keep theirs): each is in step with
// its table, the triggers are back, and each "table:query" finds the given number of rows.
func assertFullText(t *testing.T, raw *sql.DB, want map[string]int) {
	t.Helper()
	for _, table := range []string{"articles_fts", "quotes_fts", "actors_fts", "contacts_fts"} {
		if _, err := raw.Exec(`INSERT INTO ` + table + `(` + table + `, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Errorf("%s is out of step with its table: %v", table, err)
		}
	}
	if n := queryInt(t, raw, `SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_fts_%'`); n != 14 {
		t.Errorf("%d full-text triggers after the import, want 14", n)
	}
	for tq, n := range want {
		table, query, _ := strings.Cut(tq, ":")
		if got := queryInt(t, raw, `SELECT count(*) FROM `+table+` WHERE `+table+` MATCH ?`, query); got != n {
			t.Errorf("%s MATCH %s: %d rows, want %d", table, query, got, n)
		}
	}
}

// TestImportSecondFolderAdds checks that a second folder adds to what the first imported.
func TestImportSecondFolderAdds(t *testing.T) {
	path, sum := importEach(t, importer.Options{Extractor: people()},
		map[string]string{"one.md": storyOne}, map[string]string{"two.md": storyTwo, "dup.md": storyOne})
	if sum.New != 1 || sum.Articles != 2 || sum.Skipped != 1 {
		t.Errorf("summary %+v, want 1 new, 1 skipped duplicate, 2 articles in all", sum)
	}
	if got := counts(t, path)["articles"]; got != 2 {
		t.Errorf("%d articles, want 2", got)
	}
}

// TestImportSkipsBrokenArticles checks that an article the reader cannot use is reported
// with its reason while the others import, and that the imports row records it.
func TestImportSkipsBrokenArticles(t *testing.T) {
	s, path := newStore(t)
	sum := runImport(t, s, importer.Options{Extractor: people()}, folder(t, map[string]string{
		"good.md":   storyOne,
		"broken.md": "---\ntitle: [unclosed\n---\nText.\n",
		"empty.txt": "   \n",
	}))
	if sum.New != 1 || sum.Skipped != 2 || len(sum.Skips) != 2 {
		t.Fatalf("summary %+v, want 1 new and 2 skipped", sum)
	}
	for _, skip := range sum.Skips {
		if skip.Reason == "" || skip.Source == "" {
			t.Errorf("skip without source or reason: %+v", skip)
		}
	}
	raw := rawDB(t, path)
	if n := queryInt(t, raw, `SELECT json_array_length(errors) FROM imports`); n != 2 {
		t.Errorf("imports.errors holds %d entries, want 2", n)
	}
	if n := queryInt(t, raw, `SELECT articles_skipped FROM imports`); n != 2 {
		t.Errorf("imports.articles_skipped = %d, want 2", n)
	}
}

// TestImportCancelledRollsBack cancels a run after its first article was written and
// checks the database is exactly as before the run.
func TestImportCancelledRollsBack(t *testing.T) {
	s, path := newStore(t)
	opt := importer.Options{Extractor: people()}
	runImport(t, s, opt, folder(t, map[string]string{
		"one.md": storyOne,
	}))
	before := checksums(t, path)
	imports := counts(t, path)["imports"]
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opt.Progress = func(done int, _ string) {
		if done == 1 {
			cancel()
		}
	}
	_, err := importer.Run(ctx, s, []source.Input{folder(t, map[string]string{
		"a.md": story("A", "2022-02-02", "storytwo. Berg spoke with Carl Dunn."),
		"b.md": story("B", "2022-02-03", "Another article."),
	})}, opt)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v, want context.Canceled", err)
	}
	if after := checksums(t, path); !maps.Equal(before, after) {
		t.Errorf("a cancelled run changed the database")
	}
	if got := counts(t, path)["imports"]; got != imports {
		t.Errorf("imports rows %d, want %d: a cancelled run leaves no trace", got, imports)
	}
}

// TestImportReextract re-extracts unchanged articles: every article counts as updated, and
// the actors and contacts come back with the same ids and values.
func TestImportReextract(t *testing.T) {
	s, path := newStore(t)
	cast := people()
	in := folder(t, map[string]string{"one.md": storyOne, "two.md": storyTwo})
	runImport(t, s, importer.Options{Extractor: cast}, in)
	stable := []string{"actors", "contacts", "contact_participants", "article_actors"}
	before := checksums(t, path)
	sum := runImport(t, s, importer.Options{Extractor: cast, Reextract: true}, in)
	if sum.Updated != 2 || sum.Unchanged != 0 || sum.Contacts.New != 0 || sum.Actors.New != 0 {
		t.Errorf("summary %+v, want 2 updated and nothing new", sum)
	}
	after := checksums(t, path)
	for _, table := range stable {
		if before[table] != after[table] {
			t.Errorf("%s changed when the same rules re-extracted the same articles", table)
		}
	}
}

// panicky is an extractor that fails on articles holding a word.
type panicky string

func (p panicky) Extract(in extract.Input) extract.Result {
	if strings.Contains(in.Text, string(p)) {
		panic("rule bug")
	}
	return extract.Result{}
}

// TestImportSurvivesARuleBug checks that a panic in the extraction rules costs only the
// article that caused it: it is skipped with a reason, and the others import.
func TestImportSurvivesARuleBug(t *testing.T) {
	path, sum := importEach(t, importer.Options{Extractor: panicky("trigger")}, map[string]string{
		"fine.md": story("Fine", "2022-01-01", "An ordinary article."),
		"bad.md":  story("Bad", "2022-01-02", "This one has the trigger word."),
	})
	if sum.New != 1 || sum.Skipped != 1 || !strings.Contains(sum.Skips[0].Reason, "rule bug") {
		t.Fatalf("summary %+v, want 1 new and bad.md skipped with the panic's message", sum)
	}
	if n := counts(t, path)["articles"]; n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

package importer_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

// searchQueries are the explorer's kinds of full-text search: a stemmed word, a phrase, a
// prefix, a boolean and a column filter, with rank, snippet and highlight.
var searchQueries = []string{"talk", `"video call"`, "Faraday*", "energy NOT trade", "title:Gorsky"}

// searchResults runs searchQueries against the articles' index as the explorer would.
func searchResults(tb testing.TB, raw *sql.DB) []string {
	tb.Helper()
	var out []string
	for _, q := range searchQueries {
		out = append(out, q)
		out = append(out, queryRows(tb, raw, `SELECT rowid, round(rank, 6), highlight(articles_fts, 0, '[', ']'),
			snippet(articles_fts, 1, '[', ']', '...', 8) FROM articles_fts WHERE articles_fts MATCH ?
			ORDER BY rank, rowid LIMIT 20`, q)...)
	}
	return out
}

// shadowRows returns the rows of the articles' full-text shadow tables.
func shadowRows(tb testing.TB, raw *sql.DB) []string {
	tb.Helper()
	var out []string
	for _, t := range queryRows(tb, raw, `SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name LIKE 'articles\_fts\_%' ESCAPE '\' ORDER BY name`) {
		out = append(out, t)
		out = append(out, queryRows(tb, raw, `SELECT * FROM "`+t+`"`)...)
	}
	return out
}

// integrityCheck fails the test unless both full-text indexes agree with their tables.
func integrityCheck(tb testing.TB, raw *sql.DB) {
	tb.Helper()
	for _, t := range []string{"articles_fts", "quotes_fts"} {
		if _, err := raw.Exec(`INSERT INTO ` + t + `(` + t + `) VALUES ('integrity-check')`); err != nil {
			tb.Fatalf("%s integrity-check: %v", t, err)
		}
	}
}

// builderFolders lists the full-text builder's private folders left in dir.
func builderFolders(tb testing.TB, dir string) []string {
	tb.Helper()
	left, err := filepath.Glob(filepath.Join(dir, "hotline-fulltext-*"))
	if err != nil {
		tb.Fatal(err)
	}
	return left
}

// TestImportFullTextBuiltApart checks the articles' full-text index a first import builds
// on a thread of its own and copies into the file: the same bytes and search results as
// the index FTS5 builds from the articles table, whole after later imports, and nothing of
// it left behind when the run fails.
func TestImportFullTextBuiltApart(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where the builder's private database goes
	gen := t.TempDir()
	generateArticles(t, gen, 60)
	opt := importer.Options{Extractor: people()}

	t.Run("same index as FTS5 builds from the table", func(t *testing.T) {
		s, path := newStore(t)
		runImport(t, s, opt, source.Input{Path: gen})
		raw := rawDB(t, path)
		integrityCheck(t, raw)
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'talk'`); n != 60 {
			t.Errorf("'talk' finds %d articles, want 60", n)
		}
		built, results := shadowRows(t, raw), searchResults(t, raw)
		if _, err := raw.Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`); err != nil {
			t.Fatal(err)
		}
		if rebuilt := shadowRows(t, raw); !slices.Equal(built, rebuilt) {
			t.Errorf("the copied index differs from the one FTS5 builds from the articles (%d rows, %d rebuilt)",
				len(built), len(rebuilt))
		}
		if again := searchResults(t, raw); !slices.Equal(results, again) {
			t.Errorf("search results differ:\n%s\nwant\n%s", strings.Join(results, "\n"), strings.Join(again, "\n"))
		}
		if left := builderFolders(t, tmp); len(left) > 0 {
			t.Errorf("the builder left %v", left)
		}
	})

	t.Run("later imports keep the index whole", func(t *testing.T) {
		s, path := newStore(t)
		runImport(t, s, opt, folder(t, map[string]string{"one.md": storyOne}))
		// The same store (one connection) adds and replaces articles in SQL afterwards.
		runImport(t, s, opt, source.Input{Path: gen})
		edited := folder(t, map[string]string{"one.md": story("One", "2022-02-01", "Berg met Carl Dunn about pumpkins.")})
		raw := rawDB(t, path)
		integrityCheck(t, raw)
		n := queryInt(t, raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'paragraph'`)
		if n != 60 {
			t.Errorf("'paragraph' finds %d articles after a second import, want 60", n)
		}
		raw.Close()
		runImport(t, s, opt, edited)
		raw = rawDB(t, path)
		integrityCheck(t, raw)
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pumpkins'`); n != 1 {
			t.Errorf("'pumpkins' finds %d articles after an edit, want 1", n)
		}
	})

	t.Run("an import after a first one on the same connection", func(t *testing.T) {
		s, path := newStore(t)
		runImport(t, s, opt, source.Input{Path: gen})
		runImport(t, s, opt, folder(t, map[string]string{"one.md": storyOne,
			"two.md": story("Two", "2022-02-03", "Marta Castell spoke about pumpkins.")}))
		raw := rawDB(t, path)
		integrityCheck(t, raw)
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pumpkins OR paragraph'`); n != 61 {
			t.Errorf("'pumpkins OR paragraph' finds %d articles, want 61", n)
		}
	})

	t.Run("an article replaced in the same run falls back to SQL", func(t *testing.T) {
		s, path := newStore(t)
		first := folder(t, map[string]string{"one.md": storyOne})
		second := source.Input{Path: t.TempDir()}
		second.Root = second.Path
		writeFile(t, filepath.Join(second.Path, "one.md"), story("One", "2022-02-01", "Berg met Carl Dunn about pumpkins."))
		first.Root = first.Path // both name their article one.md
		if sum := runImport(t, s, opt, first, second); sum.New != 1 || sum.Updated != 1 {
			t.Fatalf("%d new, %d updated: want the second one.md to replace the first", sum.New, sum.Updated)
		}
		raw := rawDB(t, path)
		integrityCheck(t, raw)
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pumpkins'`); n != 1 {
			t.Errorf("'pumpkins' finds %d articles, want 1", n)
		}
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts_docsize`); n != 1 {
			t.Errorf("%d articles indexed, want 1", n)
		}
	})

	t.Run("a run cancelled while building leaves nothing", func(t *testing.T) {
		s, path := newStore(t)
		before := checksums(t, path)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		o := opt
		o.Progress = func(done int, _ string) {
			if done == 30 {
				cancel()
			}
		}
		if _, err := importer.Run(ctx, s, []source.Input{{Path: gen}}, o); err == nil {
			t.Fatal("a cancelled run succeeded")
		}
		if after := checksums(t, path); !slices.Equal(sortedValues(before), sortedValues(after)) {
			t.Error("a cancelled run changed the database")
		}
		if left := builderFolders(t, tmp); len(left) > 0 {
			t.Errorf("the builder left %v", left)
		}
		runImport(t, s, opt, source.Input{Path: gen})
		integrityCheck(t, rawDB(t, path))
	})

	t.Run("a run failing after the copy leaves nothing", func(t *testing.T) {
		s, path := newStore(t)
		raw := rawDB(t, path)
		// meta is written after the index was copied, at the very end of the run.
		if _, err := raw.Exec(`CREATE TRIGGER fail_meta BEFORE INSERT ON meta BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
			t.Fatal(err)
		}
		before := checksums(t, path)
		if _, err := importer.Run(context.Background(), s, []source.Input{{Path: gen}}, opt); err == nil || !strings.Contains(err.Error(), "boom") {
			t.Fatalf("Run: %v, want the trigger's error", err)
		}
		if after := checksums(t, path); !slices.Equal(sortedValues(before), sortedValues(after)) {
			t.Error("a failed run changed the database")
		}
		integrityCheck(t, raw)
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts_docsize`); n != 0 {
			t.Errorf("%d articles left in the index", n)
		}
		if _, err := raw.Exec(`DROP TRIGGER fail_meta`); err != nil {
			t.Fatal(err)
		}
		runImport(t, s, opt, source.Input{Path: gen}) // the store is usable again
		integrityCheck(t, raw)
		if n := queryInt(t, raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'talk'`); n != 60 {
			t.Errorf("'talk' finds %d articles, want 60", n)
		}
		if left := builderFolders(t, tmp); len(left) > 0 {
			t.Errorf("the builder left %v", left)
		}
	})
}

func sortedValues(m map[string]string) []string {
	var out []string
	for k, v := range m {
		out = append(out, k+"="+v)
	}
	slices.Sort(out)
	return out
}

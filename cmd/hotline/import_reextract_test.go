package main_test

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestImportReextractResolvesEarlierSurnames checks the way to revisit an article that
// names people by surname only and was imported before the article that gives their full
// names: the import of the full names leaves it as it was (it is not read again), and
// `hotline import --reextract` with the same inputs reads it again with the persons the
// database now knows, so its surname is the full actor (actor.known-surname) and its
// contact has both parties.
func TestImportReextractResolvesEarlierSurnames(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "articles/follow-up.md", surnameArticle)
	writeFile(t, dir, "articles/full.md", fullNameArticle)
	dbPath := filepath.Join(dir, "news.db")
	importOK := func(tb testing.TB, args ...string) {
		tb.Helper()
		r := hotline(tb, dir, nil, "", append([]string{"import", "--db", "news.db", "--progress", "never"}, args...)...)
		if r.code != 0 {
			tb.Fatalf("import %v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
		}
	}
	importOK(t, "articles/follow-up.md")
	importOK(t, "articles/full.md")
	follow := `SELECT m.surface || ' -> ' || a.name || ' (' || m.rule || ')' FROM actor_mentions m
		JOIN actors a ON a.id = m.actor_id JOIN articles r ON r.id = m.article_id
		WHERE r.source = 'follow-up.md' ORDER BY m.start`
	parties := `SELECT group_concat(name, ' & ') FROM (SELECT a.name FROM contact_mentions cm
		JOIN articles r ON r.id = cm.article_id JOIN contact_participants p ON p.contact_id = cm.contact_id
		JOIN actors a ON a.id = p.actor_id WHERE r.source = 'follow-up.md' ORDER BY a.name)`

	t.Run("the later full names leave the earlier article as it was", func(t *testing.T) {
		if got := strings1(t, openOracle(t, dbPath), follow); !slices.Equal(got, []string{"Scholz -> Olaf Scholz (actor.known)"}) {
			t.Errorf("the follow-up's mentions before --reextract: %q", got)
		}
		if got := strings1(t, openOracle(t, dbPath), parties); !slices.Equal(got, []string{""}) {
			t.Errorf("the follow-up reports a contact of %q before --reextract", got)
		}
	})
	importOK(t, "articles", "--reextract")
	t.Run("re-extraction resolves the surname to the full actor", func(t *testing.T) {
		got := strings1(t, openOracle(t, dbPath), follow)
		if want := "Doe-Example -> Jane Doe-Example (actor.known-surname)"; !slices.Contains(got, want) {
			t.Errorf("the follow-up's mentions after --reextract: %q, want %q among them", got, want)
		}
	})
	t.Run("the follow-up's contact has both parties", func(t *testing.T) {
		if got := strings1(t, openOracle(t, dbPath), parties); !slices.Equal(got, []string{"Jane Doe-Example & Olaf Scholz"}) {
			t.Errorf("the follow-up reports a contact of %q", got)
		}
	})
	t.Run("one actor for the person", func(t *testing.T) {
		got := strings1(t, openOracle(t, dbPath), `SELECT name FROM actors WHERE name LIKE '%Doe-Example%'`)
		if !slices.Equal(got, []string{"Jane Doe-Example"}) {
			t.Errorf("actors: %q", got)
		}
	})
}

package main_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The articles of TestExplainWithDB are made up: the first names a president in full,
// the follow-up by her (hyphenated) surname only.
const (
	fullNameArticle = `---
title: Leaders speak by phone
published: 2026-11-02
---
President Jane Doe-Example spoke by phone with Chancellor Olaf Scholz on Monday about trade, her office said.
`
	surnameArticle = `---
title: Talks go on
published: 2026-11-05
---
Doe-Example and Scholz spoke again on Thursday, officials said.
`
)

// TestExplainWithDB checks that `hotline explain --db` shows the decisions of the rules
// that resolve a surname to the one person a database knows by it (actor.known-surname),
// which explain without a database cannot show, and that it leaves the database as it was.
func TestExplainWithDB(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "first.md", fullNameArticle)
	writeFile(t, dir, "second.md", surnameArticle)
	if r := hotline(t, dir, nil, "", "import", "first.md", "--db", "known.db", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: exit %d\n%s", r.code, r.stderr)
	}
	dbPath := filepath.Join(dir, "known.db")
	before := fileBytes(t, dbPath)
	resolved := `+ person actor.known-surname "Doe-Example": resolved to Jane Doe-Example`

	t.Run("without --db the surname resolves to no one", func(t *testing.T) {
		r := explain(t, dir, "second.md")
		if strings.Contains(r.stdout, "actor.known-surname") {
			t.Errorf("explain without a database used actor.known-surname:\n%s", r.stdout)
		}
		if want := `- person actor.surname "Doe-Example": resolves to no person of the article nor a known actor`; !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	})
	t.Run("with --db the surname is the person the database knows", func(t *testing.T) {
		r := explain(t, dir, "second.md", "--db", "known.db")
		for _, want := range []string{
			resolved,
			`mention "Doe-Example" person actor.known-surname -> Jane Doe-Example`,
			`=> contact contact.spoke: Olaf Scholz + Jane Doe-Example`,
		} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("output lacks %q:\n%s", want, r.stdout)
			}
		}
	})
	t.Run("a database that does not know the person", func(t *testing.T) {
		if r := hotline(t, dir, nil, "", "import", "second.md", "--db", "other.db", "--progress", "never"); r.code != 0 {
			t.Fatalf("import: exit %d\n%s", r.code, r.stderr)
		}
		if r := explain(t, dir, "second.md", "--db", "other.db"); strings.Contains(r.stdout, resolved) {
			t.Errorf("the surname resolved with a database that has no Doe-Example:\n%s", r.stdout)
		}
	})
	t.Run("the database is only read", func(t *testing.T) {
		if !bytes.Equal(fileBytes(t, dbPath), before) {
			t.Error("explain --db changed the database")
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "known.db?*")); len(left) > 0 {
			t.Errorf("explain --db left %v", left)
		}
	})
	t.Run("a file that is not a database is an error", func(t *testing.T) {
		r := hotline(t, dir, nil, "", "explain", "second.md", "--db", "first.md")
		if r.code == 0 || !strings.Contains(r.stderr, "cannot read the actors of first.md") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
	t.Run("a missing database is an error", func(t *testing.T) {
		r := hotline(t, dir, nil, "", "explain", "second.md", "--db", "nope.db")
		if r.code == 0 || !strings.Contains(r.stderr, "no database file at nope.db") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "nope.db")); !os.IsNotExist(err) {
			t.Errorf("explain made the missing database: %v", err)
		}
	})
}

// explain runs `hotline explain ARGS` in dir and fails the test unless it succeeds.
func explain(tb testing.TB, dir string, args ...string) result {
	tb.Helper()
	r := hotline(tb, dir, nil, "", append([]string{"explain"}, args...)...)
	if r.code != 0 {
		tb.Fatalf("explain %v: exit %d\n%s", args, r.code, r.stderr)
	}
	return r
}

// fileBytes returns the content of the file at path.
func fileBytes(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

package main_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	_ "modernc.org/sqlite"
)

// hotJournal makes in dst/hotline.db the state an in-place import killed half-way leaves:
// the file with some pages of an uncommitted transaction written into it, and beside it
// the journal that holds the pages as they were. It copies both while a transaction that
// has spilled to the file is open (a tiny page cache forces the spill).
func hotJournal(tb testing.TB, src, dst string) {
	tb.Helper()
	d, err := sql.Open("sqlite", "file:"+src)
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	d.SetMaxOpenConns(1)
	for _, q := range []string{"PRAGMA journal_mode=DELETE", "PRAGMA cache_size=2", "BEGIN",
		"UPDATE articles SET raw_text = raw_text || printf('%.*c', 20000, 'x')", "DELETE FROM quotes"} {
		if _, err := d.Exec(q); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
	for _, suffix := range []string{"", "-journal"} {
		b, err := os.ReadFile(src + suffix)
		if err != nil {
			tb.Fatalf("no %s to copy: %v", src+suffix, err)
		}
		if err := os.WriteFile(filepath.Join(dst, "hotline.db"+suffix), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	if _, err := d.Exec("ROLLBACK"); err != nil {
		tb.Fatal(err)
	}
}

// TestServeRollsBackHotJournal: a journal left by an interrupted in-place write (an older
// Hotline's import killed with -9) neither stops `hotline serve` nor makes it answer 403;
// the explorer shows the file as it was before the interrupted write, and so does the
// next import.
func TestServeRollsBackHotJournal(t *testing.T) {
	src, dir := t.TempDir(), t.TempDir()
	if r := hotline(t, src, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	quotes := count(t, filepath.Join(src, "hotline.db"), "quotes")
	hotJournal(t, filepath.Join(src, "hotline.db"), dir)

	base, stop := startServe(t, dir)
	if j, h := articleCounts(t, base); j != 5 || h != 5 {
		t.Errorf("counts %d (JSON) and %d (HTML), want 5", j, h)
	}
	get(t, base+"hotline/quotes")
	stop()
	if n := count(t, filepath.Join(dir, "hotline.db"), "quotes"); n != quotes {
		t.Errorf("quotes = %d after the roll-back, want %d", n, quotes)
	}
}

// TestImportRollsBackHotJournal: an import into a file with a hot journal works on the
// file as it was before the interrupted write.
func TestImportRollsBackHotJournal(t *testing.T) {
	src, dir := t.TempDir(), t.TempDir()
	if r := hotline(t, src, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	quotes := count(t, filepath.Join(src, "hotline.db"), "quotes")
	hotJournal(t, filepath.Join(src, "hotline.db"), dir)
	writeFile(t, dir, "more.jsonl", moreArticles(1, 1))
	if r := hotline(t, dir, nil, "", "import", "more.jsonl", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: exit %d: %s", r.code, r.stderr)
	}
	if n := count(t, filepath.Join(dir, "hotline.db"), "quotes"); n < quotes {
		t.Errorf("quotes = %d, want at least the %d from before the interrupted write", n, quotes)
	}
	if n := count(t, filepath.Join(dir, "hotline.db"), "articles"); n != 6 {
		t.Errorf("articles = %d, want 6", n)
	}
}

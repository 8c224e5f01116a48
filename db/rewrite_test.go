package db_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"hotline/db"
)

// TestRewrite checks the file mechanics an import relies on: the original is untouched
// until Replace, Abort leaves it as it was and no temporary file behind, a crash's
// leftovers are removed by the next rewrite (and another file's imports' are not),
// permissions survive, and a symbolic link stays a link to the replaced file.
func TestRewrite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "hotline.db")
	reopen(t, path)
	must(t, os.Chmod(path, 0o640))
	leftover := filepath.Join(dir, ".hotline.db.import-crashed") // an older Hotline's name
	must(t, os.WriteFile(leftover, []byte("half an import"), 0o600))
	must(t, os.WriteFile(leftover+"-journal", []byte("its journal"), 0o600))
	// The file this import builds in, as a killed import left it: its content and journal
	// must not reach the new version.
	crashed := filepath.Join(dir, ".hotline.db.import-new")
	must(t, os.WriteFile(crashed, []byte("half an import"), 0o600))
	must(t, os.WriteFile(crashed+"-journal", []byte("its journal"), 0o600))
	// The temporary file of an import into another file, hotline.db.import-x, which may be
	// running: it begins with hotline.db's prefix but is not hotline.db's.
	others := filepath.Join(dir, ".hotline.db.import-x.import-new")
	must(t, os.WriteFile(others, []byte("another import"), 0o600))

	w, err := db.BeginRewrite(ctx, path)
	must(t, err)
	for _, p := range []string{leftover, leftover + "-journal", crashed + "-journal"} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("a crashed import's %s survived: %v", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(others); err != nil {
		t.Errorf("the temporary file of an import into another file was removed: %v", err)
	}
	must(t, os.Remove(others))
	tx, err := w.Begin(ctx)
	must(t, err)
	must(t, tx.SetMeta(ctx, "title", "next", false))
	must(t, tx.Commit())
	if got := metaTitle(t, path); got == "next" {
		t.Fatal("the original changed before Replace")
	}
	must(t, w.Replace())
	if got := metaTitle(t, path); got != "next" {
		t.Errorf("after Replace the title is %q, want next", got)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("mode after Replace: %v %v, want 0640", st.Mode(), err)
	}

	t.Run("abort", func(t *testing.T) {
		w, err := db.BeginRewrite(ctx, path)
		must(t, err)
		tx, err := w.Begin(ctx)
		must(t, err)
		must(t, tx.SetMeta(ctx, "title", "aborted", false))
		must(t, tx.Commit())
		must(t, w.Abort())
		if got := metaTitle(t, path); got != "next" {
			t.Errorf("after Abort the title is %q, want next", got)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".hotline.db.import-*")); len(left) > 0 {
			t.Errorf("Abort left %v", left)
		}
	})
	t.Run("symbolic link", func(t *testing.T) {
		link := filepath.Join(t.TempDir(), "link.db")
		must(t, os.Symlink(path, link))
		w, err := db.BeginRewrite(ctx, link)
		must(t, err)
		tx, err := w.Begin(ctx)
		must(t, err)
		must(t, tx.SetMeta(ctx, "title", "through the link", false))
		must(t, tx.Commit())
		must(t, w.Replace())
		if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced by a file: %v %v", st.Mode(), err)
		}
		if got := metaTitle(t, path); got != "through the link" {
			t.Errorf("the linked file's title is %q", got)
		}
	})
}

func metaTitle(tb testing.TB, path string) string {
	tb.Helper()
	rows := joinedRows(tb, rawDB(tb, path), `SELECT value FROM meta WHERE key = 'title'`)
	if len(rows) == 0 {
		return ""
	}
	return rows[0]
}

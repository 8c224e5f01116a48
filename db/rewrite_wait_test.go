package db_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"hotline/db"
)

// TestRewriteLocksOneFile checks that an import waits only for imports into the same
// file: one into another file of the folder goes on at once, one into the same file waits
// until the first is done (and then works on the first one's result, the file the rename
// put in place), its wait stops when its context ends (SIGTERM cancels it), and nothing
// but the databases is left in the folder.
func TestRewriteLocksOneFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("files are not locked on this system")
	}
	ctx := context.Background()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	first := beginTitled(t, a, "first")

	t.Run("another file of the folder", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		other, err := db.BeginRewrite(ctx, b)
		if err != nil {
			t.Fatalf("an import into b.db waited for the one into a.db: %v", err)
		}
		must(t, other.Replace())
	})
	stop := errors.New("stopped by a signal")
	for _, tc := range []struct {
		name string
		ctx  func() context.Context
	}{
		{"cancelled before waiting", func() context.Context {
			ctx, cancel := context.WithCancelCause(ctx)
			cancel(stop)
			return ctx
		}},
		{"cancelled while waiting", func() context.Context {
			ctx, cancel := context.WithCancelCause(ctx)
			time.AfterFunc(50*time.Millisecond, func() { cancel(stop) })
			return ctx
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			second, err := db.BeginRewrite(tc.ctx(), a)
			if err == nil {
				second.Abort()
				t.Fatal("a second import into a.db did not wait for the first")
			}
			if !errors.Is(err, stop) {
				t.Errorf("error %v, want the context's cause", err)
			}
		})
	}
	t.Run("the same file once the first is done", func(t *testing.T) {
		got := make(chan *db.Rewrite, 1)
		go func() {
			second, err := db.BeginRewrite(ctx, a)
			if err != nil {
				t.Error(err)
			}
			got <- second
		}()
		select {
		case second := <-got:
			second.Abort()
			t.Fatal("a second import into a.db did not wait for the first")
		case <-time.After(200 * time.Millisecond):
		}
		must(t, first.Replace())
		second := <-got
		if second == nil {
			return
		}
		if title := metaTitle(t, second.Path()); title != "first" {
			t.Errorf("the second import started from title %q, not the first import's result", title)
		}
		must(t, second.Abort())
	})
	t.Run("nothing left beside the databases", func(t *testing.T) {
		entries, err := os.ReadDir(dir)
		must(t, err)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if want := []string{"a.db", "b.db"}; !slices.Equal(names, want) {
			t.Errorf("the folder holds %v, want %v", names, want)
		}
	})
}

// beginTitled begins a rewrite of path and commits the meta title in it.
func beginTitled(tb testing.TB, path, title string) *db.Rewrite {
	tb.Helper()
	w, err := db.BeginRewrite(context.Background(), path)
	must(tb, err)
	tx, err := w.Begin(context.Background())
	must(tb, err)
	must(tb, tx.SetMeta(context.Background(), "title", title, false))
	must(tb, tx.Commit())
	return w
}

package db_test

import (
	"context"
	"errors"
	"path/filepath"
	"runtime"
	"testing"

	"hotline/db"
)

// TestRewriteWaitEndsWithContext checks that an import queued behind another import of
// the same folder stops waiting when its context ends (SIGTERM cancels it), and that it
// gets the folder once the first import is done.
func TestRewriteWaitEndsWithContext(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("folders are not locked on this system")
	}
	dir := t.TempDir()
	first, err := db.BeginRewrite(context.Background(), filepath.Join(dir, "a.db"))
	must(t, err)
	stop := errors.New("stopped by a signal")
	for _, tc := range []struct {
		name string
		ctx  func() context.Context
	}{
		{"cancelled before waiting", func() context.Context {
			ctx, cancel := context.WithCancelCause(context.Background())
			cancel(stop)
			return ctx
		}},
		{"cancelled while waiting", func() context.Context {
			ctx, cancel := context.WithCancelCause(context.Background())
			go cancel(stop)
			return ctx
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			second, err := db.BeginRewrite(tc.ctx(), filepath.Join(dir, "b.db"))
			if err == nil {
				second.Abort()
				t.Fatal("a second import of the folder did not wait for the first")
			}
			if !errors.Is(err, stop) {
				t.Errorf("error %v, want the context's cause", err)
			}
		})
	}
	must(t, first.Abort())
	second, err := db.BeginRewrite(context.Background(), filepath.Join(dir, "b.db"))
	must(t, err)
	must(t, second.Abort())
}

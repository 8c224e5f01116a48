//go:build linux

package main_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"hotline/db"
)

// TestImportQueuedBehindAnotherStopsOnSignal checks that an import waiting for the lock
// another import holds on the file still exits on SIGTERM and SIGINT, with its exit
// status and nothing written (it used to wait on the lock until the other import ended).
func TestImportQueuedBehindAnotherStopsOnSignal(t *testing.T) {
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		code int
	}{
		{"SIGTERM", syscall.SIGTERM, 143},
		{"SIGINT", syscall.SIGINT, 130},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			other := holdImport(t, filepath.Join(dir, "hotline.db"))
			defer other.Abort()
			cmd := importCmd(dir, "-", "")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitForOpen(t, cmd.Process.Pid, filepath.Join(dir, ".hotline.db.import-new")) // it waits for the lock
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			if _, err := os.Stat(dir + "/hotline.db"); !os.IsNotExist(err) {
				t.Errorf("the stopped import left a database: %v", err)
			}
		})
	}
}

// waitForOpen returns once process pid has path open (read from /proc), so that a signal
// finds it past its start-up, waiting for the file's lock.
func waitForOpen(tb testing.TB, pid int, path string) {
	tb.Helper()
	fds := fmt.Sprintf("/proc/%d/fd", pid)
	for {
		links, err := filepath.Glob(fds + "/*")
		if err != nil || len(links) == 0 {
			if _, err := os.Stat(fds); err != nil {
				tb.Fatalf("the import ended before it opened %s", path)
			}
		}
		for _, l := range links {
			if target, err := os.Readlink(l); err == nil && target == path {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// holdImport begins an import into path in the test process, as another `hotline import`
// would, and holds its lock until the caller ends it (Abort or Replace).
func holdImport(tb testing.TB, path string) *db.Rewrite {
	tb.Helper()
	w, err := db.BeginRewrite(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

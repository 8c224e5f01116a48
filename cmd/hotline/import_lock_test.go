//go:build linux

package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestImportLocksOneFile checks that `hotline import` waits only for imports into the
// same database file: an import into another file of the folder runs while one is under
// way, an import into the same file waits (and says so) and then adds to what the first
// one wrote, and nothing but the databases is left in the folder.
func TestImportLocksOneFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "one.jsonl", moreArticles(3, 0))
	writeFile(t, dir, "two.jsonl", moreArticles(3, 100))

	t.Run("another file of the folder goes on", func(t *testing.T) {
		other := holdImport(t, filepath.Join(dir, "a.db"))
		defer other.Abort()
		r := importWithin(t, dir, 60*time.Second, "one.jsonl", "--db", "b.db")
		if r.code != 0 {
			t.Fatalf("import into b.db: exit %d\n%s", r.code, r.stderr)
		}
		if strings.Contains(r.stderr, "waiting") {
			t.Errorf("the import into b.db waited: %s", r.stderr)
		}
		if n := count(t, filepath.Join(dir, "b.db"), "articles"); n != 3 {
			t.Errorf("b.db has %d articles, want 3", n)
		}
	})
	t.Run("the same file waits, saying so", func(t *testing.T) {
		other := holdImport(t, filepath.Join(dir, "c.db"))
		defer other.Abort()
		errPath := filepath.Join(t.TempDir(), "stderr")
		errFile, err := os.Create(errPath)
		if err != nil {
			t.Fatal(err)
		}
		defer errFile.Close()
		cmd := exec.Command(binary, "import", "one.jsonl", "--db", "c.db", "--progress", "never")
		cmd.Dir, cmd.Env, cmd.Stderr = dir, cleanEnv(), errFile
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitForOpen(t, cmd.Process.Pid, filepath.Join(dir, ".c.db.import-new"))
		said := waitForText(t, errPath, "waiting for another import into c.db to finish", 30*time.Second)
		if !said {
			t.Error("the waiting import did not say why it waits")
		}
		if err := other.Replace(); err != nil { // the first import lands
			t.Fatal(err)
		}
		if err := cmd.Wait(); err != nil {
			out, _ := os.ReadFile(errPath)
			t.Fatalf("the waiting import: %v\n%s", err, out)
		}
		if n := count(t, filepath.Join(dir, "c.db"), "articles"); n != 3 {
			t.Errorf("c.db has %d articles, want 3", n)
		}
	})
	for _, tc := range []struct {
		name     string
		db1, db2 string
	}{
		{"two imports into one file both land", "d.db", "d.db"},
		{"two imports into two files both land", "e.db", "f.db"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var wg sync.WaitGroup
			results := make([]result, 2)
			for i, run := range [][]string{{"one.jsonl", "--db", tc.db1}, {"two.jsonl", "--db", tc.db2}} {
				wg.Go(func() { results[i] = importWithin(t, dir, 120*time.Second, run...) })
			}
			wg.Wait()
			for i, r := range results {
				if r.code != 0 {
					t.Fatalf("import %d: exit %d\n%s", i+1, r.code, r.stderr)
				}
			}
			want := map[string]int{tc.db1: 3}
			want[tc.db2] += 3
			for name, n := range want {
				path := filepath.Join(dir, name)
				if got := count(t, path, "articles"); got != n {
					t.Errorf("%s has %d articles, want %d", name, got, n)
				}
				if check := integrity(t, path); check != "ok" {
					t.Errorf("%s: integrity_check %s", name, check)
				}
			}
		})
	}
	t.Run("nothing left beside the databases", func(t *testing.T) {
		left, _ := filepath.Glob(filepath.Join(dir, ".*"))
		if len(left) > 0 {
			t.Errorf("left in the folder: %v", left)
		}
	})
	t.Run("a folder that cannot be written is a clear error", func(t *testing.T) {
		r := hotline(t, dir, nil, "", "import", "one.jsonl", "--db", "missing/g.db", "--progress", "never")
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
		if !strings.Contains(r.stderr, "cannot write beside missing/g.db") {
			t.Errorf("stderr does not name the file it cannot write beside:\n%s", r.stderr)
		}
	})
}

// importWithin runs `hotline import ARGS` in dir and fails the test when it has not ended
// within limit (an import stuck behind another).
func importWithin(tb testing.TB, dir string, limit time.Duration, args ...string) result {
	tb.Helper()
	cmd := exec.Command(binary, append([]string{"import", "--progress", "never"}, args...)...)
	cmd.Dir, cmd.Env = dir, cleanEnv()
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	timer := time.AfterFunc(limit, func() { cmd.Process.Kill() })
	defer timer.Stop()
	cmd.Wait()
	r := result{out.String(), errOut.String(), cmd.ProcessState.ExitCode()}
	if r.code == -1 {
		tb.Errorf("hotline import %v did not end within %v", args, limit)
	}
	return r
}

// waitForText reports whether the file at path comes to hold text within limit.
func waitForText(tb testing.TB, path, text string, limit time.Duration) bool {
	tb.Helper()
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, _ := os.ReadFile(path); strings.Contains(string(b), text) {
			return true
		}
	}
	return false
}

// integrity returns PRAGMA integrity_check of the database at path.
func integrity(tb testing.TB, path string) string {
	tb.Helper()
	return strings.Join(strings1(tb, openOracle(tb, path), "PRAGMA integrity_check"), "; ")
}

package importer_test

import (
	"bufio"
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"strings"
	"testing"

	"hotline/db"
	"hotline/importer"
	"hotline/importer/source"
	"hotline/seeds"
)

// The crash test re-executes the test binary as a child that imports a large folder;
// these variables tell the child where.
const (
	crashDBEnv  = "HOTLINE_TEST_CRASH_DB"
	crashDirEnv = "HOTLINE_TEST_CRASH_DIR"
)

// TestImportSurvivesKill kills an import with SIGKILL in the middle of its transaction,
// after SQLite has started writing pages into the database file, and checks that the next
// open rolls the hot journal back: the file passes integrity_check and holds exactly what
// it held before the killed run.
func TestImportSurvivesKill(t *testing.T) {
	if path := os.Getenv(crashDBEnv); path != "" {
		crashChild(t, path, os.Getenv(crashDirEnv))
		return
	}
	if testing.Short() {
		t.Skip("writes thousands of articles")
	}
	s, path := newStore(t)
	runImport(t, s, importer.Options{}, source.Input{FS: seeds.FS, Path: "."})
	s.Close()
	before := checksums(t, path)
	dir := t.TempDir()
	generateArticles(t, dir, 3000)

	cmd := exec.Command(os.Args[0], "-test.run=^TestImportSurvivesKill$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDBEnv+"="+path, crashDirEnv+"="+dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		if lines.Text() == "progress 1500" {
			if _, err := os.Stat(path + "-journal"); err != nil {
				t.Errorf("no rollback journal half-way through the import (%v): the kill would prove nothing", err)
			}
			cmd.Process.Kill()
			killed = true
			break
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatalf("the child import never reported progress 1500")
	}

	s2, err := db.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatalf("OpenStore after the kill: %v", err)
	}
	defer s2.Close()
	var check string
	if err := rawDB(t, path).QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check after the kill: %q, %v", check, err)
	}
	if after := checksums(t, path); !maps.Equal(before, after) {
		t.Errorf("the killed import left changes behind")
	}
}

// crashChild is the child side of TestImportSurvivesKill: it imports dir into path and
// reports each article on stderr, until the parent kills it.
func crashChild(t *testing.T, path, dir string) {
	s, err := db.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	opt := importer.Options{Progress: func(done int, _ string) {
		fmt.Fprintf(os.Stderr, "progress %d\n", done)
	}}
	_, err = importer.Run(context.Background(), s, []source.Input{{Path: dir}}, opt)
	t.Fatalf("the import finished (%v) before it was killed", strings.TrimSpace(fmt.Sprint(err)))
}

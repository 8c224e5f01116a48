//go:build unix

package main_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImportSkipsSpecialFiles runs the binary on a folder holding a named pipe called
// x.txt and a link zero.txt to /dev/zero beside a good article: the import must finish
// (not wait for a writer, not read forever), name both and exit 3.
func TestImportSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "in/good.txt", "Good\n\nPresident Joe Biden spoke with Emmanuel Macron.\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "in", "x.txt"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "in", "zero.txt")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "import", "in", "--progress", "never")
	cmd.Dir, cmd.Env = dir, cleanEnv()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("the import hung on a named pipe or /dev/zero:\n%s", out.String())
	}
	if code := exitOf(err); code != 3 {
		t.Errorf("exit %d, want 3\n%s", code, out.String())
	}
	for _, want := range []string{"x.txt: not a regular file (a named pipe)", "zero.txt: not a regular file (a device)", "1 new"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output does not say %q:\n%s", want, out.String())
		}
	}
}

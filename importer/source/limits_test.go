//go:build unix

package source_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"hotline/importer/source"
)

// TestReadOnlyRegularFiles: a named pipe would block the import forever and /dev/zero
// would fill the memory; both are skipped without being opened, and the rest is read. A
// link to a folder inside a folder is not followed (a loop would never end).
func TestReadOnlyRegularFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.txt": "Fine body."})
	if err := syscall.Mkfifo(filepath.Join(dir, "x.txt"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "loop.txt")); err != nil {
		t.Fatal(err)
	}
	for _, in := range []struct {
		name   string
		inputs []source.Input
	}{
		{"in a folder", []source.Input{{Path: dir}}},
		{"named", []source.Input{{Path: filepath.Join(dir, "x.txt")}, {Path: filepath.Join(dir, "zero.txt")}, {Path: filepath.Join(dir, "ok.txt")}}},
	} {
		t.Run(in.name, func(t *testing.T) {
			got, skips := readAll(t, in.inputs...)
			if len(got) != 1 {
				t.Errorf("read %d articles, want 1", len(got))
			}
			reasons := map[string]string{}
			for _, s := range skips {
				reasons[filepath.Base(s.Source)] = s.Reason
			}
			for file, want := range map[string]string{"x.txt": "not a regular file (a named pipe)", "zero.txt": "not a regular file (a device)"} {
				if !strings.HasPrefix(reasons[file], want) {
					t.Errorf("%s: reason %q, want %q", file, reasons[file], want)
				}
			}
			if in.name == "in a folder" && reasons["loop.txt"] == "" {
				t.Errorf("a link to a folder was not reported: %v", skips)
			}
		})
	}
}

// TestReadSizeLimit: an article above the limit is reported and skipped in every format;
// JSON Lines go on after the long line, CSV and JSON stop at the record (they cannot be
// resynchronised) and keep what came before.
func TestReadSizeLimit(t *testing.T) {
	big := strings.Repeat("word ", 300) // 1,500 bytes, over the 1,000-byte limit
	cases := []struct {
		name, file, body string
		wantN            int
		skip             string
	}{
		{"text", "a.txt", "Title\n\n" + big, 0, "a.txt: larger than the article size limit (1000 bytes"},
		{"jsonl", "a.jsonl", `{"text":"one"}` + "\n" + `{"text":"` + big + `"}` + "\n" + `{"text":"three"}` + "\n", 2, "a.jsonl#2: line 2: larger than the article size limit"},
		{"csv", "a.csv", "text\none\n\"" + strings.Repeat(big, 200) + "\"\nthree\n", 1, "a.csv: row 2: larger than the article size limit"},
		{"csv field under the stream budget", "a.csv", "text\none\n" + big + "\nthree\n", 2, "a.csv#2: larger than the article size limit"},
		{"json", "a.json", `[{"text":"one"},{"text":"` + strings.Repeat(big, 200) + `"},{"text":"three"}]`, 1, "a.json: record 2: larger than the article size limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{c.file: c.body})
			texts, skips := readWith(t, dir, source.Options{MaxArticleBytes: 1000})
			if len(texts) != c.wantN {
				t.Errorf("read %d articles, want %d", len(texts), c.wantN)
			}
			if len(skips) != 1 || !strings.HasPrefix(skips[0].Source+": "+skips[0].Reason, c.skip) {
				t.Errorf("skips %v, want one starting %q", skips, c.skip)
			}
		})
	}
}

// endless is a stream that never ends and has no newline: /dev/zero given as input.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '{'
	}
	return len(p), nil
}

// TestReadStopsOnCancel: cancelling the context (Ctrl-C) stops a read stuck in a JSON
// Lines line that never ends (the other formats stop at the size limit by themselves).
func TestReadStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	in := io.MultiReader(strings.NewReader("{"), endless{})
	done := make(chan error, 1)
	go func() {
		_, err := source.Read(ctx, []source.Input{{Path: "-", Stdin: in}}, func(source.Article) error { return nil })
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the read did not stop when cancelled")
	}
}

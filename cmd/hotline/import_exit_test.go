package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportExitCodes runs the binary on inputs that import fully, partly or not at all,
// and checks the documented exit status, the message and whether a database was made.
func TestImportExitCodes(t *testing.T) {
	const good = `{"title":"A","text":"Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva."}` + "\n"
	tests := []struct {
		name   string
		files  map[string]string
		args   []string
		code   int
		say    string // in stdout+stderr
		madeDB bool
		arts   int
	}{
		{"all imported", map[string]string{"a.jsonl": good}, []string{"a.jsonl"}, 0, "1 new", true, 1},
		{"missing file", nil, []string{"missing.txt"}, 1, "missing.txt: no such file or folder", false, 0},
		{"every record broken", map[string]string{"a.jsonl": "{oops}\n[1]\n"}, []string{"a.jsonl"}, 1, "nothing was imported", false, 0},
		{"empty jsonl", map[string]string{"a.jsonl": ""}, []string{"a.jsonl"}, 1, "a.jsonl: no articles in the file", false, 0},
		{"empty json array", map[string]string{"a.json": "[]"}, []string{"a.json"}, 1, "a.json: no articles in the file", false, 0},
		{"header-only csv", map[string]string{"a.csv": "title,text\n"}, []string{"a.csv"}, 1, "a.csv: no articles in the file", false, 0},
		{"empty folder", map[string]string{"in/.keep": ""}, []string{"in"}, 1, "no article files in the folder", false, 0},
		{"partial", map[string]string{"a.jsonl": good + "{oops}\n"}, []string{"a.jsonl"}, 3, "1 input was skipped; the rest was imported", true, 1},
		{"one good file, one missing", map[string]string{"a.jsonl": good}, []string{"a.jsonl", "missing.txt"}, 3, "missing.txt", true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tt.files {
				writeFile(t, dir, name, content)
			}
			r := hotline(t, dir, nil, "", append([]string{"import", "--progress", "never"}, tt.args...)...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, tt.say) {
				t.Errorf("output does not say %q:\n%s%s", tt.say, r.stdout, r.stderr)
			}
			path := filepath.Join(dir, "hotline.db")
			_, err := os.Stat(path)
			if made := err == nil; made != tt.madeDB {
				t.Fatalf("database made = %v, want %v", made, tt.madeDB)
			}
			if tt.madeDB {
				if n := count(t, path, "articles"); n != tt.arts {
					t.Errorf("articles = %d, want %d", n, tt.arts)
				}
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, ".hotline.db.import-*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
		})
	}
}

// TestImportNothingKeepsExistingFile: a run that imports nothing into an existing database
// exits 1 and keeps every article the file had.
func TestImportNothingKeepsExistingFile(t *testing.T) {
	dir := t.TempDir()
	if r := hotline(t, dir, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("seeding: exit %d: %s", r.code, r.stderr)
	}
	r := hotline(t, dir, nil, "", "import", "--progress", "never", "missing.txt")
	if r.code != 1 {
		t.Errorf("exit %d, want 1: %s", r.code, r.stderr)
	}
	if n := count(t, filepath.Join(dir, "hotline.db"), "articles"); n != 5 {
		t.Errorf("articles = %d, want the 5 seeds still there", n)
	}
}

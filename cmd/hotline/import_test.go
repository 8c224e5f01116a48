package main_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// count returns the number of rows of table in the database at path.
func count(tb testing.TB, path, table string) int {
	tb.Helper()
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	var n int
	if err := d.QueryRow("select count(*) from " + table).Scan(&n); err != nil {
		tb.Fatalf("counting %s: %v", table, err)
	}
	return n
}

func TestImportSeedsByDefault(t *testing.T) {
	dir := t.TempDir()
	r := hotline(t, dir, nil, "", "import", "--progress", "never")
	if r.code != 0 {
		t.Fatalf("import: exit %d: %s", r.code, r.stderr)
	}
	db := filepath.Join(dir, "hotline.db")
	if n := count(t, db, "articles"); n != 5 {
		t.Errorf("articles = %d, want the 5 seeds", n)
	}
	if !strings.Contains(r.stdout, "5 new") {
		t.Errorf("summary does not say 5 new articles: %q", r.stdout)
	}
	again := hotline(t, dir, nil, "", "import", "--progress", "never")
	if again.code != 0 || !strings.Contains(again.stdout, "5 unchanged") {
		t.Errorf("second import: exit %d, summary %q, want 5 unchanged", again.code, again.stdout)
	}
}

func TestImportFormats(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                int
	}{
		{"text", "a.txt", "Kyiv talks\n\nPresident Joe Biden spoke with President Volodymyr Zelensky by phone on Monday.\n", 1},
		{"json lines", "a.jsonl", `{"title":"A","text":"Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva."}` + "\n" + `{"title":"B","text":"Chancellor Olaf Scholz spoke with Emmanuel Macron."}` + "\n", 2},
		{"json array", "a.json", `[{"title":"A","maintext":"Xi Jinping met Joe Biden in Bali.","date_publish":"2022-11-14"}]`, 1},
		{"csv", "a.csv", "title,text,date\nA,\"Rishi Sunak met Joe Biden in Belfast.\",2023-04-12\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := writeFile(t, dir, tt.file, tt.content)
			r := hotline(t, dir, nil, "", "import", path, "--db", "out.db", "--progress", "never")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if n := count(t, filepath.Join(dir, "out.db"), "articles"); n != tt.want {
				t.Errorf("articles = %d, want %d", n, tt.want)
			}
		})
	}
}

func TestImportStdin(t *testing.T) {
	dir := t.TempDir()
	r := hotline(t, dir, nil, "Title\n\nPresident Joe Biden met Prime Minister Rishi Sunak in London.\n", "import", "-", "--progress", "never")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := count(t, filepath.Join(dir, "hotline.db"), "articles"); n != 1 {
		t.Errorf("articles = %d, want 1", n)
	}
}

func TestImportSkipsBrokenArticle(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "in/good.txt", "Good\n\nPresident Joe Biden spoke with Emmanuel Macron.\n")
	writeFile(t, dir, "in/empty.txt", "")
	writeFile(t, dir, "in/bad.txt", "Bad\n\nInvalid UTF-8: é \xff\xfe bytes.\n")
	r := hotline(t, dir, nil, "", "import", "in", "--progress", "never")
	if r.code != 3 {
		t.Fatalf("exit %d, want 3 (partial): %s", r.code, r.stderr)
	}
	if n := count(t, filepath.Join(dir, "hotline.db"), "articles"); n != 1 {
		t.Errorf("articles = %d, want only the good one", n)
	}
	for _, name := range []string{"empty.txt", "bad.txt"} {
		if !strings.Contains(r.stdout+r.stderr, name) {
			t.Errorf("the report does not name skipped %s:\n%s%s", name, r.stdout, r.stderr)
		}
	}
}

func TestImportMissingPathIsReported(t *testing.T) {
	dir := t.TempDir()
	r := hotline(t, dir, nil, "", "import", "no-such-folder", "--progress", "never")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stdout+r.stderr, "no-such-folder") {
		t.Errorf("exit %d; output does not name the missing path:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestImportReextract(t *testing.T) {
	dir := t.TempDir()
	if r := hotline(t, dir, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	r := hotline(t, dir, nil, "", "import", "--reextract", "--progress", "never")
	if r.code != 0 || !strings.Contains(r.stdout, "5 updated") {
		t.Errorf("--reextract: exit %d, summary %q, want the 5 seeds updated", r.code, r.stdout)
	}
}

func TestImportWritesMetaFromSettings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "config.yaml", "title: Calls of 2022\nlicense: CC BY 4.0\n")
	if r := hotline(t, dir, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	d, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "hotline.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for key, want := range map[string]string{"title": "Calls of 2022", "license": "CC BY 4.0"} {
		var got string
		if err := d.QueryRow("select value from meta where key = ?", key).Scan(&got); err != nil || got != want {
			t.Errorf("meta %s = %q (%v), want %q", key, got, err, want)
		}
	}
}

func TestImportStats(t *testing.T) {
	dir := t.TempDir()
	r := hotline(t, dir, nil, "", "import", "--stats", "--progress", "never")
	if r.code != 0 {
		t.Fatalf("import --stats: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"5 new", "CPU seconds: read ", "extract ", "index ", "cores", "serial ("} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--stats output lacks %q:\n%s", want, r.stdout)
		}
	}
}

package main_test

import (
	"database/sql"
	"path/filepath"
	"slices"
	"testing"
)

// TestSourcesRelativeToTheImportRoot imports files by absolute paths: the articles are
// named by their path below the folder that holds them all, and that folder is recorded
// once, in imports.root.
func TestSourcesRelativeToTheImportRoot(t *testing.T) {
	dir := t.TempDir()
	story := "Talks\n\nThe foreign ministers of France and Germany met in Paris on Monday.\n"
	writeFile(t, dir, "news/a/one.txt", story)
	writeFile(t, dir, "news/b/two.txt", "Calls\n\nThe leaders of Japan and Korea spoke by phone on Tuesday.\n")
	news := filepath.Join(dir, "news")
	r := hotline(t, dir, nil, "", "import", "--db", filepath.Join(dir, "x.db"), "--progress", "never",
		filepath.Join(news, "a"), filepath.Join(news, "b", "two.txt"))
	if r.code != 0 {
		t.Fatalf("import: %d %s", r.code, r.stderr)
	}
	conn, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "x.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var sources []string
	rows, err := conn.Query(`SELECT source FROM articles ORDER BY source`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		sources = append(sources, s)
	}
	rows.Close()
	if want := []string{"a/one.txt", "b/two.txt"}; !slices.Equal(sources, want) {
		t.Errorf("sources %q, want %q", sources, want)
	}
	var root, inputs string
	if err := conn.QueryRow(`SELECT root, inputs FROM imports`).Scan(&root, &inputs); err != nil {
		t.Fatal(err)
	}
	if root != news || inputs != `["a","b/two.txt"]` {
		t.Errorf("imports.root %q, inputs %s; want %q and paths relative to it", root, inputs, news)
	}
}

package source_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"hotline/importer/source"
)

// zipOf is a zip archive of name -> content, in the order given.
func zipOf(tb testing.TB, files ...[2]string) string {
	tb.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, f := range files {
		fw, err := w.Create(f[0])
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := fw.Write([]byte(f[1])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// TestReadZip reads a zip archive as a folder: every member in any format, named after
// the archive, macOS's resource forks and other hidden members passed over, an
// unsupported member skipped with its name; an archive inside is not opened, a broken
// archive is reported, and the files beside them still read.
func TestReadZip(t *testing.T) {
	archive := zipOf(t,
		[2]string{"export/one.txt", "Talks in Rome\n\nAnna Berg met Carl Dunn in Rome on Monday."},
		[2]string{"export/more.jsonl", `{"title":"Two","text":"Berg called Dunn."}` + "\n" + `{"title":"Three","text":"Dunn called Berg."}` + "\n"},
		[2]string{"__MACOSX/export/._one.txt", "\x00\x05\x16\x07"},
		[2]string{"export/notes.pdf", "%PDF"},
		[2]string{"export/inner.zip", zipOf(t, [2]string{"x.txt", "Inner body."})},
	)
	dir := writeFiles(t, map[string]string{"articles.zip": archive, "broken.zip": "PK\x03\x04 not really", "side.txt": "Side body."})
	got, skips := readAll(t, source.Input{Path: dir, Root: dir})
	var names []string
	for _, a := range got {
		names = append(names, a.Source+"|"+a.Title)
	}
	want := "articles.zip/export/more.jsonl#1|Two articles.zip/export/more.jsonl#2|Three articles.zip/export/one.txt|Talks in Rome side.txt|"
	if strings.Join(names, " ") != want {
		t.Errorf("articles\n%q\nwant\n%q", strings.Join(names, " "), want)
	}
	reasons := map[string]string{}
	for _, s := range skips {
		reasons[s.Source] = s.Reason
	}
	for source, reason := range map[string]string{
		"articles.zip/export/notes.pdf": "unsupported file type .pdf",
		"articles.zip/export/inner.zip": "zip archive inside a zip archive",
		"broken.zip":                    "not a zip archive",
	} {
		if !strings.Contains(reasons[source], reason) {
			t.Errorf("skip of %s: %q, want %q", source, reasons[source], reason)
		}
	}
	if len(skips) != 3 {
		t.Errorf("skips %v, want 3", skips)
	}
}

package source_test

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"hotline/importer/source"
)

// gz compresses s as gzip does.
func gz(tb testing.TB, s string) string {
	tb.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

func TestReadGzip(t *testing.T) {
	jsonl := "{\"title\":\"One\",\"text\":\"Anna Berg met Carl Dunn.\"}\n{\"title\":\"Two\",\"text\":\"Berg called Dunn.\"}\n"
	whole := gz(t, jsonl)
	cases := []struct {
		name       string
		files      map[string]string
		wantTitles []string // the titles of the articles read, in order
		wantSkip   string   // a part of the one skip's reason, "" for none
	}{
		{"json lines", map[string]string{"a.jsonl.gz": whole}, []string{"One", "Two"}, ""},
		{"a text article", map[string]string{"b.txt.gz": gz(t, "Envoys meet\n\nAnna Berg met Carl Dunn.\n")}, []string{"Envoys meet"}, ""},
		{"csv, upper-case extension", map[string]string{"c.csv.GZ": gz(t, "title,text\nThree,Berg met Dunn.\n")}, []string{"Three"}, ""},
		{"not gzip inside", map[string]string{"d.jsonl.gz": jsonl, "e.txt": "Fine body."}, []string{""}, "not a gzip file"},
		{"cut short: what came before the cut is kept", map[string]string{"f.jsonl.gz": whole[:len(whole)-8]}, []string{"One", "Two"}, "unexpected EOF"},
		{"an unknown format inside", map[string]string{"g.pdf.gz": gz(t, "%PDF"), "e.txt": "Fine body."}, []string{""}, "unsupported file type .pdf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, skips := readAll(t, source.Input{Path: writeFiles(t, c.files)})
			var titles []string
			for _, a := range got {
				titles = append(titles, a.Title)
			}
			if strings.Join(titles, "|") != strings.Join(c.wantTitles, "|") {
				t.Errorf("titles %q, want %q", titles, c.wantTitles)
			}
			switch {
			case c.wantSkip == "" && len(skips) != 0:
				t.Errorf("skips = %+v, want none", skips)
			case c.wantSkip != "" && (len(skips) != 1 || !strings.Contains(skips[0].Reason, c.wantSkip)):
				t.Errorf("skips = %+v, want one saying %q", skips, c.wantSkip)
			}
		})
	}
}

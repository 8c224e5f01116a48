package source_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"hotline/importer/source"
)

// readWith reads a folder with options and returns the texts (and titles) read and the
// skips, with sources relative to the folder.
func readWith(tb testing.TB, dir string, opt source.Options) (texts []string, skips []source.Skip) {
	tb.Helper()
	sk, err := source.ReadWith(context.Background(), []source.Input{{Path: dir}}, opt, func(a source.Article) error {
		if !utf8.ValidString(a.Title + a.Text + a.Author + a.Publisher + a.URL) {
			tb.Errorf("%s: an article that is not UTF-8 was read: %q", a.Source, a.Text)
		}
		texts = append(texts, a.Title+"|"+a.Text)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range sk {
		rel, _ := filepath.Rel(dir, filepath.FromSlash(s.Source))
		skips = append(skips, source.Skip{Source: filepath.ToSlash(rel), Reason: s.Reason})
	}
	return texts, skips
}

// TestEncodingPolicy checks the one policy for bytes that are not UTF-8 in every format:
// legacy 8-bit records are decoded as Windows-1252, broken UTF-8 is skipped with the line
// and column of the bad byte, a declared encoding decodes everything, a BOM is honoured.
func TestEncodingPolicy(t *testing.T) {
	cases := []struct {
		name     string
		encoding string
		file     string
		body     string
		want     []string // Title|Text of the articles read
		skip     string   // "source: reason prefix" of the one skip, if any
	}{
		{"text latin-1", "", "a.txt", "Caf\xe9 talks\n\nThe minister met \xabhis\xbb counterpart.", []string{"Café talks|The minister met «his» counterpart."}, ""},
		{"text cp1252 quotes", "", "a.txt", "T\n\n\x93Good talks,\x94 he said \x96 twice.", []string{"T|“Good talks,” he said – twice."}, ""},
		{"text broken utf-8", "", "a.txt", "Título\n\nok\nbad \xe9 byte", nil, "a.txt: line 4, column 5: invalid UTF-8 (byte 0xE9)"},
		{"text undefined in cp1252", "", "a.txt", "T\n\nbyte \x81 here", nil, "a.txt: line 3, column 6: invalid UTF-8 (byte 0x81)"},
		{"text strict utf-8", "utf-8", "a.txt", "T\n\nCaf\xe9", nil, "a.txt: line 3, column 4: invalid UTF-8 (byte 0xE9)"},
		{"text declared iso-8859-2", "iso-8859-2", "a.txt", "T\n\n\xa3\xf3d\xbc talks", []string{"T|Łódź talks"}, ""},
		{"text utf-16 with bom", "", "a.txt", "\xff\xfeT\x00\n\x00\n\x00\xe9\x00t\x00\xe9\x00", []string{"T|été"}, ""},
		{"jsonl latin-1 line", "", "a.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"Caf\xe9\"}\n", []string{"|ok", "|Café"}, ""},
		{"jsonl broken line", "", "a.jsonl", "{\"text\":\"ok\"}\n\n{\"text\":\"é \xe9\"}\n", []string{"|ok"}, "a.jsonl#2: line 3, column 13: invalid UTF-8 (byte 0xE9)"},
		{"json latin-1 element", "", "a.json", "[\n{\"text\":\"ok\"},\n{\"text\":\"Caf\xe9\"}\n]", []string{"|ok", "|Café"}, ""},
		{"json broken element", "", "a.json", "[\n{\"text\":\"ok\"},\n{\"title\":\"é\",\n \"text\":\"x \xe9\"}\n]", []string{"|ok"}, "a.json#2: line 4, column 12: invalid UTF-8 (byte 0xE9)"},
		{"json one object", "", "a.json", "{\"text\":\"Caf\xe9\"}", []string{"|Café"}, ""},
		{"csv latin-1 row", "", "a.csv", "title,text\nA,ok\nB,Caf\xe9\n", []string{"A|ok", "B|Café"}, ""},
		{"csv broken row after multi-line field", "", "a.csv", "title,text\nA,\"two\nlines\"\nB,é \xe9\n", []string{"A|two\nlines"}, "a.csv#2: line 4, column 6: invalid UTF-8 (byte 0xE9)"},
		{"csv declared windows-1251", "windows-1251", "a.csv", "title,text\n\xcc\xe8\xf0,\xcf\xf0\xe8\xe2\xe5\xf2\n", []string{"Мир|Привет"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			enc, err := source.ParseEncoding(c.encoding)
			if err != nil {
				t.Fatal(err)
			}
			dir := writeFiles(t, map[string]string{c.file: c.body})
			texts, skips := readWith(t, dir, source.Options{Encoding: enc})
			if strings.Join(texts, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("read %q, want %q", texts, c.want)
			}
			var got []string
			for _, s := range skips {
				got = append(got, s.Source+": "+s.Reason)
			}
			switch {
			case c.skip == "" && len(got) > 0:
				t.Errorf("skips %q, want none", got)
			case c.skip != "" && (len(got) != 1 || !strings.HasPrefix(got[0], c.skip)):
				t.Errorf("skips %q, want one starting %q", got, c.skip)
			}
		})
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]string{"": "auto", "AUTO": "auto", "utf8": "utf-8", "latin1": "windows-1252", "ISO-8859-2": "iso-8859-2", "Shift_JIS": "shift_jis"} {
		e, err := source.ParseEncoding(in)
		if err != nil || e.String() != want {
			t.Errorf("ParseEncoding(%q) = %v, %v; want %s", in, e, err, want)
		}
	}
	if _, err := source.ParseEncoding("klingon"); err == nil || !strings.Contains(err.Error(), "klingon") {
		t.Errorf("an unknown encoding gave %v", err)
	}
}

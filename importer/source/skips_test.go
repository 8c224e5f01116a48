package source_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"hotline/importer/source"
)

func TestReadSkips(t *testing.T) {
	cases := []struct {
		name       string
		files      map[string]string
		wantSource string // relative to the folder
		wantReason string // a prefix of the reason
		wantN      int    // articles still read
	}{
		{"invalid utf-8 in text", map[string]string{"a.txt": "Title\n\nCafé \xff here.", "b.txt": "Fine body."}, "a.txt", "line 3, column 7: invalid UTF-8 (byte 0xFF)", 1},
		{"empty article", map[string]string{"a.txt": " date 2022-02-01\n\n   \n"}, "a.txt", "no article text", 0},
		{"bad json line", map[string]string{"a.jsonl": "{\"text\":\"ok.\"}\n\n{\"text\": oops}\n{\"text\":\"also ok.\"}\n"}, "a.jsonl#2", "line 3: invalid JSON: ", 2},
		{"json line not an object", map[string]string{"a.jsonl": "[1,2]\n{\"text\":\"ok.\"}\n"}, "a.jsonl#1", "line 1: invalid JSON: expected an object", 1},
		{"invalid utf-8 in json line", map[string]string{"a.jsonl": "{\"text\":\"ok.\"}\n{\"text\":\"é\xc3(\"}\n"}, "a.jsonl#2", "line 2, column 12: invalid UTF-8 (byte 0xC3)", 1},
		{"record without text", map[string]string{"a.json": `[{"title":"t"},{"text":"ok."}]`}, "a.json#1", "record has no text", 1},
		{"json array element not an object", map[string]string{"a.json": `[1,{"text":"ok."}]`}, "a.json#1", "line 1: invalid JSON: expected an object", 1},
		{"broken json array", map[string]string{"a.json": `[{"text":"ok."},{"text":]`}, "a.json", "record 2: invalid JSON: ", 1},
		{"not json", map[string]string{"a.json": `hello`}, "a.json", "invalid JSON: expected an array", 0},
		{"csv bare quote", map[string]string{"a.csv": "text\nok.\nbad \"quote\n"}, "a.csv#2", "line 3: invalid CSV: ", 1},
		{"csv field count", map[string]string{"a.csv": "title,text\nA,ok.\nB\n"}, "a.csv#2", "line 3: invalid CSV: wrong number of fields", 1},
		{"empty csv", map[string]string{"a.csv": ""}, "a.csv", "empty CSV file", 0},
		{"unsupported type", map[string]string{"a.pdf": "%PDF", "b.txt": "Body."}, "a.pdf", "unsupported file type .pdf", 1},
		{"an archive's advisory", map[string]string{"a.sgml": "<DOC id=\"XIN_ENG_19950101.0001\" type=\"advis\">\n<TEXT>\nThe following stories move today.\n</TEXT>\n</DOC>\n" +
			"<DOC id=\"XIN_ENG_19950101.0002\" type=\"story\">\n<TEXT>\nThe envoys met today.\n</TEXT>\n</DOC>\n"}, "a.sgml#1", "an editors' advisory", 1},
		{"front matter unclosed", map[string]string{"a.md": "---\ntitle: x\nbody"}, "a.md", "front matter has no closing ---", 0},
		{"front matter bad yaml", map[string]string{"a.md": "---\ntitle: [x\n---\nBody."}, "a.md", "front matter is not valid YAML", 0},
		{"xml that is no feed", map[string]string{"a.xml": "<?xml version=\"1.0\"?><config><x>1</x></config>", "b.txt": "Fine body."}, "a.xml", "not a news feed: the root element is <config>", 1},
		{"feed item without text", map[string]string{"a.rss": "<rss><channel><item><title>t</title></item><item><title>u</title><description>Ok.</description></item></channel></rss>"}, "a.rss#1", "record has no text", 1},
		{"front matter bad yaml, plain lines but an unclosed quote", map[string]string{"a.md": "---\ntitle: \"Talks: day two\n---\nBody.", "b.md": "---\ntitle: Talks: day two\n---\nBody."}, "a.md", "front matter is not valid YAML", 1},
		{"front matter bad yaml, a line not of key and value", map[string]string{"a.md": "---\ntitle: Talks: day two\n  - oops: x: y\n---\nBody."}, "a.md", "front matter is not valid YAML", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, c.files)
			got, skips := readAll(t, source.Input{Path: dir})
			if len(got) != c.wantN {
				t.Errorf("got %d articles, want %d", len(got), c.wantN)
			}
			if len(skips) != 1 {
				t.Fatalf("skips = %v, want one", skips)
			}
			want := filepath.ToSlash(filepath.Join(dir, c.wantSource))
			if skips[0].Source != want || !strings.HasPrefix(skips[0].Reason, c.wantReason) {
				t.Errorf("skip = %+v, want {%s %s...}", skips[0], want, c.wantReason)
			}
		})
	}
}

func TestReadMissingPathGoesOn(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Body."})
	missing := filepath.Join(dir, "nope")
	got, skips := readAll(t, source.Input{Path: missing}, source.Input{Path: filepath.Join(dir, "a.txt")})
	if len(got) != 1 {
		t.Errorf("got %d articles, want 1", len(got))
	}
	if len(skips) != 1 || skips[0].Source != filepath.ToSlash(missing) || skips[0].Reason != "no such file or folder" {
		t.Errorf("skips = %v", skips)
	}
}

func TestReadIgnoresHidden(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".DS_Store": "junk", ".git/config": "x", "sub/.hidden.txt": "Hidden.", "sub/a.txt": "Body.",
	})
	got, skips := readAll(t, source.Input{Path: dir})
	if len(got) != 1 || len(skips) != 0 {
		t.Errorf("got %d articles and skips %v, want 1 and none", len(got), skips)
	}
}

func TestReadOrder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt": "B.", "a/z.txt": "AZ.", "a/b/c.txt": "ABC.", "c.jsonl": "{\"text\":\"C1.\"}\n{\"text\":\"C2.\"}", "A.txt": "Upper.",
	})
	extra := writeFiles(t, map[string]string{"x.txt": "X."})
	got, _ := readAll(t, source.Input{Path: dir}, source.Input{Path: filepath.Join(extra, "x.txt")})
	var texts []string
	for _, a := range got {
		texts = append(texts, a.Text)
	}
	want := "Upper. ABC. AZ. B. C1. C2. X."
	if strings.Join(texts, " ") != want {
		t.Errorf("order = %q, want %q", strings.Join(texts, " "), want)
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/one.txt":      {Data: []byte("Headline here\n\nThe story.")},
		"news/deep/two.md":  {Data: []byte("# Two\n\nSecond story.")},
		"news/three.jsonl":  {Data: []byte(`{"text":"Third."}`)},
		"other/ignored.txt": {Data: []byte("Not read.")},
	}
	got, skips := readAll(t, source.Input{FS: fsys, Path: "news"})
	var names []string
	for _, a := range got {
		names = append(names, a.Source+"="+a.Title)
	}
	want := "news/deep/two.md=Two news/one.txt=Headline here news/three.jsonl#1="
	if strings.Join(names, " ") != want || len(skips) != 0 {
		t.Errorf("got %q, skips %v; want %q", strings.Join(names, " "), skips, want)
	}
	_, skips = readAll(t, source.Input{FS: fsys, Path: "missing"})
	if len(skips) != 1 || skips[0].Reason != "no such file or folder" {
		t.Errorf("missing path in FS: skips = %v", skips)
	}
}

func TestReadStdin(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string // Source|Title|Text
	}{
		{"json lines", "\n  {\"title\":\"T\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", []string{"stdin#1|T|One.", "stdin#2||Two."}},
		{"json array", ` [{"text":"A."},{"text":"B."}]`, []string{"stdin#1||A.", "stdin#2||B."}},
		{"text", "Short headline\n\nThe body.", []string{"stdin|Short headline|The body."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, skips := readAll(t, source.Input{Path: "-", Stdin: strings.NewReader(c.in)})
			var have []string
			for _, a := range got {
				have = append(have, a.Source+"|"+a.Title+"|"+a.Text)
			}
			if strings.Join(have, "\n") != strings.Join(c.want, "\n") || len(skips) != 0 {
				t.Errorf("got %q skips %v, want %q", have, skips, c.want)
			}
		})
	}
	t.Run("empty", func(t *testing.T) {
		_, skips := readAll(t, source.Input{Path: "-", Stdin: strings.NewReader("  \n")})
		if len(skips) != 1 || skips[0].Source != "stdin" || skips[0].Reason != "no article text" {
			t.Errorf("skips = %v", skips)
		}
	})
}

func TestReadStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\":\"C.\"}"})
	t.Run("error from fn", func(t *testing.T) {
		boom := errors.New("boom")
		n := 0
		_, err := source.Read(context.Background(), []source.Input{{Path: dir}}, func(source.Article) error {
			n++
			return boom
		})
		if !errors.Is(err, boom) || n != 1 {
			t.Errorf("err = %v after %d calls, want boom after 1", err, n)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		_, err := source.Read(ctx, []source.Input{{Path: dir}}, func(source.Article) error {
			n++
			cancel()
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 1 {
			t.Errorf("err = %v after %d calls, want context.Canceled after 1", err, n)
		}
	})
}

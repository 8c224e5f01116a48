package source_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"hotline/importer/clean"
	"hotline/importer/source"
)

// fuzzMax is the article size limit under fuzzing: small, so the limit is exercised.
const fuzzMax = 4 << 10

// fuzzRead reads data as the file name and checks what every reader must guarantee,
// whatever the bytes: no panic, no error (a broken file is a skip), every article
// non-empty, within the size limit (as decoded), valid UTF-8 in every field and named after the file,
// and every skip named and explained.
func fuzzRead(t *testing.T, cleaner *clean.Cleaner, name string, data []byte) {
	fsys := fstest.MapFS{name: {Data: data}}
	n := 0
	skips, err := source.ReadWith(context.Background(), []source.Input{{FS: fsys, Path: name}},
		source.Options{MaxArticleBytes: fuzzMax, Cleaner: cleaner}, func(a source.Article) error {
			n++
			for field, v := range map[string]string{"title": a.Title, "text": a.Text, "published": a.Published,
				"url": a.URL, "publisher": a.Publisher, "author": a.Author} {
				if !utf8.ValidString(v) {
					t.Fatalf("%s: %s is not UTF-8: %q", a.Source, field, v)
				}
			}
			// The cap counts the bytes read: text decoded from Windows-1252 may grow up to
			// three times ('€' is three bytes in UTF-8).
			if a.Text == "" || len(a.Text) > 3*fuzzMax {
				t.Fatalf("%s: text of %d bytes", a.Source, len(a.Text))
			}
			if a.Source != name && !strings.HasPrefix(a.Source, name+"#") {
				t.Fatalf("article named %q, not after %s", a.Source, name)
			}
			if a.Published != "" && len(a.Published) != 10 {
				t.Fatalf("%s: published %q is not YYYY-MM-DD", a.Source, a.Published)
			}
			return nil
		})
	if err != nil {
		t.Fatalf("Read returned an error for a file: %v", err)
	}
	for _, s := range skips {
		if s.Reason == "" || (s.Source != name && !strings.HasPrefix(s.Source, name+"#")) {
			t.Fatalf("skip %+v", s)
		}
	}
	if n == 0 && len(skips) == 0 {
		t.Fatalf("%q: neither an article nor a reason", data)
	}
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		"Title\n\nBody.", " date 2022-02-01 Trending\nTitle\n\nBody.",
		"---\ntitle: T\ndate: 2022-02-01\nauthors: [a, b]\n---\n# T\n\nBody.", "---\ntitle: [x\n---\nBody.",
		"Caf\xe9\n\nLatin-1 body.", "é \xff", "\xff\xfeT\x00\n\x00", "\uFEFFTitle\r\n\r\nBody",
	} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, c, "a.txt", data) })
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"title":"T","text":"Body.","date":"2022-02-01"}` + "\n" + `{"body":"Two."}`,
		"{\"text\":\"Caf\xe9\"}\n[1]\n{oops}\n\n", `{"text":"a","source":{"name":"X"},"authors":["A","B"],"date":1643673600}`,
	} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, c, "a.jsonl", data) })
}

func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{
		`[{"title":"T","maintext":"Body.","date_publish":"2022-11-14"},{"text":"Two."}]`,
		`{"text":"one object"}`, `{"text":"a"}{"text":"b"}`, "[1,{\"text\":\"Caf\xe9\"},", `[]`, `[{"text":]`,
	} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, c, "a.json", data) })
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"title,text,date\nA,\"Body, with comma.\",2023-04-12\n", "text\nok.\nbad \"quote\n",
		"title,text\nA,ok.\nB\n", "\uFEFFText\n\"multi\nline\"\n", "title,text\nCaf\xe9,x\n", "title,text\n",
	} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, c, "a.csv", data) })
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		`<!DOCTYPE html><html><head><title>T</title><meta property="article:published_time" content="2022-02-01"></head>` +
			`<body><article><p>Ministers of the two countries met in Rome on Monday and agreed to meet again soon.</p></article></body></html>`,
		`<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 ministers met in Rome on Monday and talked for hours.</p>`,
		"<p>unclosed <div><table><tr><td>x", "", "<html><body><section id=comments><h1>x</h1></section>", "\xff\xfe<\x00h\x00",
	} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, c, "a.html", data) })
}

func FuzzReadWARC(f *testing.F) {
	page := "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Ministers of the two countries met in Rome on Monday and agreed to meet again soon.</p></article></body></html>"
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
	for _, s := range []string{
		fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(resp), resp),
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n",
		"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n", "WARC/1.0\r\n", "WARC/1.0\r\nContent-Length: -1\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, c, "a.warc", data) })
}

func FuzzReadZip(f *testing.F) {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for name, body := range map[string]string{"a.txt": "Title\n\nBody.", "b.jsonl": `{"text":"x"}`, "c.zip": "PK\x03\x04"} {
		fw, _ := w.Create(name)
		fw.Write([]byte(body))
	}
	w.Close()
	for _, s := range []string{b.String(), "PK\x03\x04", "PK\x05\x06" + strings.Repeat("\x00", 18), ""} {
		f.Add([]byte(s))
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, data []byte) { fuzzZip(t, c, data) })
}

// fuzzZip is fuzzRead for an archive, whose articles and skips are named after its members.
func fuzzZip(t *testing.T, cleaner *clean.Cleaner, data []byte) {
	fsys := fstest.MapFS{"a.zip": {Data: data}}
	skips, err := source.ReadWith(context.Background(), []source.Input{{FS: fsys, Path: "a.zip"}},
		source.Options{MaxArticleBytes: fuzzMax, Cleaner: cleaner}, func(a source.Article) error {
			if !utf8.ValidString(a.Title+a.Text) || a.Text == "" || !strings.HasPrefix(a.Source, "a.zip/") {
				t.Fatalf("article %q: %q", a.Source, a.Text)
			}
			return nil
		})
	if err != nil {
		t.Fatalf("Read returned an error for a file: %v", err)
	}
	for _, s := range skips {
		if s.Reason == "" || !strings.HasPrefix(s.Source, "a.zip") {
			t.Fatalf("skip %+v", s)
		}
	}
}

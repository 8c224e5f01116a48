package source_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/source"
)

// warcRecord is one WARC record of the given type with its block, as crawlers write it.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2026-03-05T08:00:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:%08x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, len(block), contentType, len(block), block)
}

// httpResponse is an HTTP response as a crawl stores it.
func httpResponse(status, headers, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + headers + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

// TestReadWARC reads a made-up crawl as CC-NEWS ships one: the pages of its HTML
// responses are articles, numbered in the file, whatever the server's compression and
// charset; its other records (the crawl's info, requests, a redirect, an image, metadata)
// pass without a word; a page without a story is skipped with its number; a target URI in
// angle brackets (as wget writes it) is the address. The same crawl
// compressed record by record (.warc.gz) reads the same.
func TestReadWARC(t *testing.T) {
	http := "application/http; msgtype=response"
	head := `<title>Finnish and Estonian leaders meet in Tallinn | Example News</title>` +
		`<meta property="article:published_time" content="2026-03-03">`
	latin := strings.ReplaceAll(page(head, strings.ReplaceAll(story, "Karl Tamm", "Karl T\xe4mm")), `<meta charset="utf-8">`, "")
	records := []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\nformat: WARC File Format 1.0\r\n"),
		warcRecord("request", "https://news.example.com/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: news.example.com\r\n\r\n"),
		warcRecord("response", "https://news.example.com/1", http, httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page(head, story))),
		warcRecord("metadata", "https://news.example.com/1", "application/warc-fields", "fetchTimeMs: 120\r\n"),
		warcRecord("response", "https://news.example.com/old", http, httpResponse("301 Moved Permanently", "Location: https://news.example.com/1\r\n", "")),
		warcRecord("response", "https://news.example.com/p.jpg", http, httpResponse("200 OK", "Content-Type: image/jpeg\r\n", "\xff\xd8\xff\xe0")),
		warcRecord("response", "<https://news.example.de/2>", http, httpResponse("200 OK",
			"Content-Type: text/html; charset=ISO-8859-1\r\nContent-Encoding: gzip\r\n", gz(t, latin))),
		warcRecord("response", "https://news.example.com/", http, httpResponse("200 OK", "Content-Type: text/html\r\n",
			"<!DOCTYPE html><html><head><title>Home</title></head><body><nav>World Politics Sport</nav></body></html>")),
	}
	var perRecord strings.Builder
	for _, rec := range records {
		perRecord.WriteString(gz(t, rec))
	}
	for _, file := range []struct{ name, body string }{
		{"crawl.warc", strings.Join(records, "")},
		{"crawl.warc.gz", perRecord.String()},
	} {
		t.Run(file.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{file.name: file.body})
			got, skips := readAll(t, source.Input{Path: dir, Root: dir})
			if len(got) != 2 {
				t.Fatalf("%d articles, want 2 (skips %v)", len(got), skips)
			}
			for i, want := range []brief{
				{Source: file.name + "#1", Title: "Finnish and Estonian leaders meet in Tallinn", Published: "2026-03-03", URL: "https://news.example.com/1"},
				{Source: file.name + "#4", Title: "Finnish and Estonian leaders meet in Tallinn", Published: "2026-03-03", URL: "https://news.example.de/2"},
			} {
				a := got[i]
				if b := (brief{Source: a.Source, Title: a.Title, Published: a.Published, URL: a.URL}); b != want {
					t.Errorf("read\n%+v\nwant\n%+v", b, want)
				}
			}
			checkStory(t, got[0].Text)
			if !strings.Contains(got[1].Text, "Estonian Prime Minister Karl Tämm in Tallinn") {
				t.Errorf("the Latin-1 page, gzipped by its server, reads %q", got[1].Text)
			}
			if len(skips) != 1 || skips[0].Source != file.name+"#5" || !strings.Contains(skips[0].Reason, "no article found") {
				t.Errorf("skips %v, want the home page (#5) skipped as having no story", skips)
			}
		})
	}
}

// TestReadWARCBroken checks a web archive that is not one, or breaks off, is reported,
// after the pages before the break; and one with no HTML page says so.
func TestReadWARCBroken(t *testing.T) {
	http := "application/http; msgtype=response"
	good := warcRecord("response", "https://news.example.com/1", http, httpResponse("200 OK", "Content-Type: text/html\r\n",
		page("<title>Finnish and Estonian leaders meet in Tallinn</title>", story)))
	dir := writeFiles(t, map[string]string{
		"cut.warc":    good + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nHTTP/1.1 200 OK\r\n",
		"noise.warc":  "not an archive at all",
		"images.warc": warcRecord("response", "https://news.example.com/p.png", http, httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG")),
	})
	got, skips := readAll(t, source.Input{Path: dir, Root: dir})
	if len(got) != 1 || got[0].Source != "cut.warc#1" {
		t.Errorf("articles %d, want cut.warc's first page", len(got))
	}
	want := map[string]string{"cut.warc": "bad Content-Length", "noise.warc": "expected a WARC/1.x line", "images.warc": "no HTML pages"}
	if len(skips) != len(want) {
		t.Errorf("skips %v, want one for each of %v", skips, want)
	}
	for _, s := range skips {
		if reason, ok := want[s.Source]; !ok || !strings.Contains(s.Reason, reason) {
			t.Errorf("skip %+v, want reason %q", s, reason)
		}
	}
}

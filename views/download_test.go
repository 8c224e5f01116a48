package views_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestDownload(t *testing.T) {
	h := newHandler(t, nil)
	rec := get(t, h, "/hotline.db")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "SQLite format 3\x00") {
		t.Fatalf("status %d, body starts %q", rec.Code, rec.Body.String()[:min(16, rec.Body.Len())])
	}
	if cd := rec.Header().Get("Content-Disposition"); cd != "attachment; filename=hotline.db" {
		t.Errorf("Content-Disposition = %q", cd)
	}
	if rec.Header().Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
		t.Errorf("Content-Length %q for %d bytes", rec.Header().Get("Content-Length"), rec.Body.Len())
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if r := get(t, h, "/hotline.db", "If-None-Match", etag); r.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d", r.Code)
	}
	r := get(t, h, "/hotline.db", "Range", "bytes=0-5")
	if r.Code != http.StatusPartialContent || r.Body.String() != "SQLite" {
		t.Errorf("Range: status %d body %q", r.Code, r.Body.String())
	}
}

func TestStaticAssets(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/", http.StatusOK)
	for _, sel := range []string{`link[rel=stylesheet]`, `script[src]`} {
		el := doc.Find(sel)
		u := el.AttrOr("href", el.AttrOr("src", ""))
		if !strings.HasPrefix(u, "/-/static/app.") {
			t.Fatalf("%s points at %q, not a hashed asset", sel, u)
		}
		rec := get(t, h, u)
		if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
			t.Fatalf("GET %s: status %d", u, rec.Code)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("Cache-Control = %q", cc)
		}
		if r := get(t, h, u, "If-None-Match", rec.Header().Get("ETag")); r.Code != http.StatusNotModified {
			t.Errorf("If-None-Match: status %d", r.Code)
		}
	}
	if rec := get(t, h, "/-/static/app.0000000000.css"); rec.Code != http.StatusNotFound {
		t.Errorf("outdated hash: status %d", rec.Code)
	}
}

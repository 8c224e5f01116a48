package views_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"hotline/db"
	"hotline/views"
)

// request sends method target with the Host header host ("" keeps httptest's).
func request(tb testing.TB, h http.Handler, method, target, host string, header ...string) *httptest.ResponseRecorder {
	tb.Helper()
	req := httptest.NewRequest(method, target, nil)
	if host != "" {
		req.Host = host
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestAllowedHosts(t *testing.T) {
	loopback := newHandler(t, func(c *views.Config) { c.BaseURL = "" })
	deployed := newHandler(t, func(c *views.Config) {
		c.AllowedHosts = []string{"data.example.org", ".news.example"}
		c.BaseURL = "https://data.example.org"
	})
	tests := []struct {
		name    string
		h       http.Handler
		host    string
		allowed bool
	}{
		{"loopback ip", loopback, "127.0.0.1:8001", true},
		{"localhost", loopback, "localhost", true},
		{"localhost upper case", loopback, "LOCALHOST:80", true},
		{"ipv6 loopback", loopback, "[::1]:8001", true},
		{"no host (HTTP/1.0)", loopback, " ", true},
		{"rebinding name", loopback, "evil.example", false},
		{"rebinding name with port", loopback, "evil.example:8001", false},
		{"localhost as a subdomain", loopback, "localhost.evil.example", false},
		{"lan address", loopback, "192.168.1.5:8001", false},
		{"configured name", deployed, "data.example.org", true},
		{"base url host", deployed, "DATA.example.org:443", true},
		{"domain", deployed, "news.example", true},
		{"subdomain", deployed, "a.b.news.example", true},
		{"lookalike", deployed, "evilnews.example", false},
		{"loopback not configured", deployed, "127.0.0.1", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			host := strings.TrimSpace(tc.host)
			req := httptest.NewRequest(http.MethodGet, "/hotline/contacts.json", nil)
			req.Host = host
			rec := httptest.NewRecorder()
			tc.h.ServeHTTP(rec, req)
			switch {
			case tc.allowed && rec.Code != http.StatusOK:
				t.Errorf("status %d, want 200: %s", rec.Code, rec.Body)
			case !tc.allowed && rec.Code != http.StatusBadRequest:
				t.Errorf("status %d, want 400", rec.Code)
			case !tc.allowed && !strings.Contains(rec.Body.String(), "allowed_hosts"):
				t.Errorf("the refusal does not name the setting: %s", rec.Body)
			}
		})
	}
}

// TestNextURLFromConfig: the absolute next_url is built from base_url, whatever Host the
// client sent.
func TestNextURLFromConfig(t *testing.T) {
	h := newHandler(t, func(c *views.Config) {
		c.AllowedHosts = []string{"*"}
		c.BaseURL = "https://data.example.org/"
	})
	rec := request(t, h, http.MethodGet, "/hotline/big.json?_size=2", "evil.example")
	var body struct {
		NextURL string `json:"next_url"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("status %d: %v", rec.Code, err)
	}
	if !strings.HasPrefix(body.NextURL, "https://data.example.org/hotline/big.json?") {
		t.Errorf("next_url = %q, want it under base_url", body.NextURL)
	}
}

func TestBadBaseURL(t *testing.T) {
	for _, u := range []string{"example.org", "ftp://example.org", "http://example.org/sub", "http://"} {
		t.Run(u, func(t *testing.T) {
			cfg := testConfig()
			cfg.BaseURL = u
			if _, err := views.NewServer(openFixtureReader(t), cfg, nil); err == nil || !strings.Contains(err.Error(), "base_url") {
				t.Errorf("err = %v, want one naming base_url", err)
			}
		})
	}
}

// TestMethodNotAllowed: the explorer is read-only; any other method is a 405 with Allow,
// in the format the URL asks for.
func TestMethodNotAllowed(t *testing.T) {
	h := newHandler(t, nil)
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions, "PROPFIND"} {
		for _, target := range []string{"/", "/hotline", "/hotline/contacts", "/hotline/contacts.json", "/hotline/contacts.csv", "/hotline.db", "/nowhere"} {
			t.Run(method+" "+target, func(t *testing.T) {
				rec := request(t, h, method, target, "")
				if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
					t.Fatalf("status %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
				}
				checkErrorFormat(t, target, rec, http.StatusMethodNotAllowed)
			})
		}
	}
	if rec := request(t, h, http.MethodHead, "/hotline/contacts", ""); rec.Code != http.StatusOK {
		t.Errorf("HEAD: status %d", rec.Code)
	}
}

// TestErrorFormats: an error on a .json URL is JSON and on a .csv URL is CSV.
func TestErrorFormats(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		url    string
		status int
	}{
		{"/hotline/nope.csv", 404},
		{"/hotline/contacts.csv?colour=red", 400},
		{"/hotline/-/query.csv?sql=select+nope", 400},
		{"/hotline/-/query.csv?sql=delete+from+contacts", 403},
		{"/hotline/-/query.csv?sql=" + infiniteSQL, 400},
		{"/hotline/contacts/999.csv", 404},
		{"/hotline/-/query.json?sql=select+nope", 400},
		{"/hotline/contacts/999.json", 404},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			rec := get(t, h, tc.url)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			checkErrorFormat(t, tc.url, rec, tc.status)
		})
	}
}

// checkErrorFormat checks that an error answer is in the format of its URL's suffix.
func checkErrorFormat(tb testing.TB, target string, rec *httptest.ResponseRecorder, status int) {
	tb.Helper()
	ct := rec.Header().Get("Content-Type")
	target, _, _ = strings.Cut(target, "?")
	switch {
	case strings.HasSuffix(target, ".json"):
		var body struct {
			OK     bool   `json:"ok"`
			Error  string `json:"error"`
			Status int    `json:"status"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error == "" || body.Status != status || !strings.HasPrefix(ct, "application/json") {
			tb.Errorf("not a JSON error (%q, %v): %s", ct, err, rec.Body)
		}
	case strings.HasSuffix(target, ".csv"):
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || len(rows) != 2 || rows[0][0] != "error" || rows[1][1] != strconv.Itoa(status) || !strings.HasPrefix(ct, "text/csv") {
			tb.Errorf("not a CSV error (%q, %v): %v", ct, err, rows)
		}
		if rec.Header().Get("Content-Disposition") != "" {
			tb.Error("an error is not a download")
		}
	default:
		if !strings.HasPrefix(ct, "text/html") {
			tb.Errorf("Content-Type %q, want an HTML page", ct)
		}
	}
}

// openFixtureReader opens the fixture database, closed when the test ends.
func openFixtureReader(tb testing.TB) *db.Reader {
	tb.Helper()
	r, err := db.OpenReader(context.Background(), fixtureDB(tb), db.ReadOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { r.Close() })
	return r
}

func TestEmptySuffixRange(t *testing.T) {
	h := newHandler(t, nil)
	for _, r := range []string{"bytes=-0", "bytes=-000", "bytes=-0, -0"} {
		rec := get(t, h, "/hotline.db", "Range", r)
		if rec.Code != http.StatusRequestedRangeNotSatisfiable || !strings.HasPrefix(rec.Header().Get("Content-Range"), "bytes */") {
			t.Errorf("Range %s: status %d, Content-Range %q", r, rec.Code, rec.Header().Get("Content-Range"))
		}
	}
	for _, r := range []string{"bytes=0-0", "bytes=-1", "bytes=-0, 0-1"} {
		if rec := get(t, h, "/hotline.db", "Range", r); rec.Code != http.StatusPartialContent {
			t.Errorf("Range %s: status %d, want 206", r, rec.Code)
		}
	}
}

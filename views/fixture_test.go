package views_test

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	_ "modernc.org/sqlite"

	"hotline/db"
	"hotline/views"
)

// fixtureSchema is a small Hotline-like database: actors, articles with evidence spans,
// contacts with participants, quotes with a full-text index, a view, and a bigger table
// for paging and streaming.
const fixtureSchema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT, country TEXT);
CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT, text TEXT NOT NULL);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL,
	status TEXT NOT NULL, date TEXT, initiator_id INTEGER REFERENCES actors(id));
CREATE TABLE contact_participants (contact_id INTEGER NOT NULL REFERENCES contacts(id),
	actor_id INTEGER NOT NULL REFERENCES actors(id), PRIMARY KEY (contact_id, actor_id));
CREATE TABLE article_actors (article_id INTEGER NOT NULL REFERENCES articles(id),
	actor_id INTEGER NOT NULL REFERENCES actors(id), role TEXT, mentions INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, actor_id));
CREATE TABLE actor_mentions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
	actor_id INTEGER NOT NULL REFERENCES actors(id), surface TEXT NOT NULL, sentence TEXT,
	start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT NOT NULL);
CREATE TABLE contact_mentions (id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES contacts(id),
	article_id INTEGER NOT NULL REFERENCES articles(id), status TEXT NOT NULL, mode TEXT NOT NULL,
	date TEXT, date_text TEXT, sentence TEXT, start INTEGER, "end" INTEGER, rule TEXT NOT NULL);
CREATE TABLE quotes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
	speaker_id INTEGER REFERENCES actors(id), text TEXT NOT NULL, speaker_text TEXT, sentence TEXT,
	start INTEGER, "end" INTEGER, rule TEXT NOT NULL);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TABLE big (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, label TEXT);
CREATE TABLE "odd.name, x" (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE notes (body TEXT);
CREATE VIEW phone_calls AS SELECT id, date, status FROM contacts WHERE mode = 'phone';

INSERT INTO "odd.name, x" VALUES ('a,b/c~d.json', 'tricky key'), ('plain', 'x');
INSERT INTO notes VALUES ('first note'), ('second note');
INSERT INTO meta VALUES ('title', 'Fixture hotline'), ('license', 'CC0');
INSERT INTO actors VALUES (1, 'Joe Biden', 'person', 'president', 'US'), (2, 'Xi Jinping', 'person', 'president', 'CN'),
	(3, 'Emmanuel Macron', 'person', NULL, 'FR'), (4, '<script>alert(1)</script>', 'organization', NULL, NULL);
INSERT INTO articles VALUES (1, 'a.txt', 'Biden calls Xi', '2024-01-03', 'Biden called Xi on Tuesday. "We talked," Biden said.');
INSERT INTO contacts VALUES (1, 'Biden–Xi call', 'phone', 'held', '2024-01-02', 1),
	(2, 'Macron–Biden meeting', 'meeting', 'held', '2024-02-03', 3),
	(3, 'Xi–Macron call', 'phone', 'scheduled', NULL, NULL);
INSERT INTO contact_participants VALUES (1, 1), (1, 2), (2, 1), (2, 3), (3, 2), (3, 3);
INSERT INTO article_actors VALUES (1, 1, NULL, 2), (1, 2, NULL, 1);
INSERT INTO actor_mentions VALUES (1, 1, 1, 'Biden', NULL, 0, 5, 'name'), (2, 1, 2, 'Xi', NULL, 13, 15, 'name');
INSERT INTO contact_mentions VALUES (1, 1, 1, 'held', 'phone', '2024-01-02', 'on Tuesday', NULL, 0, 27, 'call-verb');
INSERT INTO quotes VALUES (1, 1, 1, 'We talked', 'Biden', NULL, 29, 38, 'said'),
	(2, 1, 4, 'peace <b>now</b>', NULL, NULL, NULL, NULL, 'said');
INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1234)
	INSERT INTO big SELECT i, i % 7, 'row ' || i FROM s;
`

// bigRows is how many rows the fixture's big table has.
const bigRows = 1234

// fixtureDB writes the fixture database into a temporary directory and returns its path.
func fixtureDB(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "hotline.db")
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Exec(fixtureSchema); err != nil {
		tb.Fatalf("building the fixture: %v", err)
	}
	return path
}

// testConfig is a configuration with everything on and small pages.
func testConfig() views.Config {
	return views.Config{
		AllowSQL:      true,
		AllowDownload: true,
		DefaultSize:   2,
		MaxSize:       50,
		BaseURL:       "http://example.com", // httptest.NewRequest's Host
		Queries: map[string]views.CannedQuery{
			"calls_by_mode": {SQL: "select id, date from contacts where mode = :mode order by id", Title: "Calls by mode", Description: "Contacts of one mode"},
		},
	}
}

// newHandler serves the fixture database with cfg changed by edit (may be nil). The time
// limit is generous: CI's two cores run every package at once, and only the runaway-query
// test is meant to reach it.
func newHandler(tb testing.TB, edit func(*views.Config)) http.Handler {
	tb.Helper()
	return newHandlerWith(tb, db.ReadOptions{SQLTimeLimit: 2 * time.Second}, edit)
}

// newHandlerWith is newHandler with the reader's options.
func newHandlerWith(tb testing.TB, opt db.ReadOptions, edit func(*views.Config)) http.Handler {
	tb.Helper()
	cfg := testConfig()
	if edit != nil {
		edit(&cfg)
	}
	r, err := db.OpenReader(context.Background(), fixtureDB(tb), opt)
	if err != nil {
		tb.Fatalf("OpenReader: %v", err)
	}
	tb.Cleanup(func() { r.Close() })
	h, err := views.New(r, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		tb.Fatalf("views.New: %v", err)
	}
	return h
}

// get requests target from h and returns the recorded response.
func get(tb testing.TB, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	tb.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// getHTML requests an HTML page, checks its status and parses it.
func getHTML(tb testing.TB, h http.Handler, target string, status int) *goquery.Document {
	tb.Helper()
	rec := get(tb, h, target)
	if rec.Code != status {
		tb.Fatalf("GET %s: status %d, want %d; body:\n%s", target, rec.Code, status, firstLines(rec.Body.String()))
	}
	doc, err := goquery.NewDocumentFromReader(rec.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

func testid(doc *goquery.Document, id string) *goquery.Selection {
	return doc.Find(`[data-testid="` + id + `"]`)
}

func firstLines(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return strings.TrimSpace(s)
}

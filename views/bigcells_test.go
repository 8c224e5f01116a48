package views_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
	"hotline/views"
)

// bigCellHandler serves a database whose notes table has one value of n characters, with
// pages cutting values at truncate characters.
func bigCellHandler(tb testing.TB, n, truncate int) http.Handler {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "big.db")
	w, err := sql.Open("sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	_, err = w.Exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, data BLOB);
		INSERT INTO notes VALUES (1, 'big', printf('%.*c', ?, 'x') || 'END', zeroblob(?)), (2, 'small', 'short', x'00')`, n, n)
	w.Close()
	if err != nil {
		tb.Fatal(err)
	}
	r, err := db.OpenReader(context.Background(), path, db.ReadOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { r.Close() })
	cfg := testConfig()
	cfg.TruncateCells = truncate
	h, err := views.New(r, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

// TestBigCellsAreCut: a page shows at most TruncateCells characters of a value and links
// to the row's JSON for the whole of it; JSON and CSV give it whole.
func TestBigCellsAreCut(t *testing.T) {
	const n, truncate = 1 << 20, 1000
	h := bigCellHandler(t, n, truncate)
	for _, target := range []string{"/big/notes", "/big/notes/1"} {
		t.Run(target, func(t *testing.T) {
			rec := get(t, h, target)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if rec.Body.Len() > 50_000 {
				t.Errorf("page of %d bytes for a 1 MB value cut at %d characters", rec.Body.Len(), truncate)
			}
			if strings.Contains(rec.Body.String(), "END") {
				t.Error("the end of the value is on the page")
			}
			doc := getHTML(t, h, target, http.StatusOK)
			links := testid(doc, "full-value")
			if links.Length() != 2 { // the text and the blob
				t.Fatalf("%d links to the whole value, want 2", links.Length())
			}
			if href := links.First().AttrOr("href", ""); href != "/big/notes/1.json" {
				t.Errorf("whole value at %q", href)
			}
			if !strings.Contains(doc.Text(), "<Binary: more than 1000 bytes>") {
				t.Error("the cut blob is not described as cut")
			}
		})
	}
	rec := get(t, h, "/big/notes/1.json?_shape=objects")
	var body struct {
		Rows []map[string]any `json:"rows"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || len(body.Rows) != 1 {
		t.Fatalf("row JSON: %v: %.200s", err, rec.Body)
	}
	if s, _ := body.Rows[0]["body"].(string); len(s) != n+3 || !strings.HasSuffix(s, "END") {
		t.Errorf("row JSON body has %d characters, want the whole %d", len(s), n+3)
	}
	if rec := get(t, h, "/big/notes.csv"); !strings.Contains(rec.Body.String(), "xEND") {
		t.Error("the CSV export does not have the whole value")
	}
	if doc := getHTML(t, h, "/big/notes/2", http.StatusOK); testid(doc, "full-value").Length() != 0 {
		t.Error("a short value links to its whole value")
	}
}

package views_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"hotline/db"
	"hotline/views"
)

// documentedHandler serves an empty Hotline database made by the real migrations, which
// write the file's own documentation, with cfg changed by edit.
func documentedHandler(t *testing.T, edit func(*views.Config)) http.Handler {
	t.Helper()
	r, err := db.OpenReader(context.Background(), emptyHotlineDB(t), db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	cfg := views.Config{BaseURL: "http://example.com"}
	if edit != nil {
		edit(&cfg)
	}
	h, err := views.New(r, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestFileCarriesItsDocs(t *testing.T) {
	h := documentedHandler(t, nil)
	t.Run("index lists main tables first, with descriptions", func(t *testing.T) {
		doc := getHTML(t, h, "/", http.StatusOK)
		var main []string
		testid(doc, "table-list").Find("li > a").Each(func(_ int, s *goquery.Selection) { main = append(main, s.Text()) })
		if strings.Join(main, ",") != "articles,actors,contacts,quotes" {
			t.Errorf("main tables = %v", main)
		}
		if testid(doc, "view-list").Length() == 0 || testid(doc, "more-list").Find(`[data-testid="table-link-contact_participants"]`).Length() != 1 {
			t.Error("views or link tables missing")
		}
		if !strings.Contains(doc.Find("h2").Text(), "Views") {
			t.Error("no Views heading")
		}
		html, _ := doc.Html()
		if strings.Index(html, "view-list") > strings.Index(html, "more-list") {
			t.Error("link tables are listed before the views")
		}
		if testid(doc, "table-about-contacts").Text() == "" {
			t.Error("no description of contacts")
		}
		if title := doc.Find("head > title").Text(); !strings.Contains(title, "diplomatic contacts") {
			t.Errorf("title %q is not the file's", title)
		}
	})
	t.Run("descriptions under table and column headers", func(t *testing.T) {
		doc := getHTML(t, h, "/hotline/contacts", http.StatusOK)
		if !strings.Contains(testid(doc, "table-about").Text(), "call, video call or meeting") {
			t.Errorf("table description = %q", testid(doc, "table-about").Text())
		}
		if !strings.Contains(testid(doc, "coldesc-status").Text(), "held") {
			t.Errorf("status description = %q", testid(doc, "coldesc-status").Text())
		}
	})
	t.Run("metadata.json", func(t *testing.T) {
		var m struct {
			Title     string
			Databases map[string]struct {
				Tables map[string]struct {
					Description string
					Columns     map[string]string
				}
				Queries map[string]struct{ SQL, Title string }
			}
		}
		getJSON(t, h, "/-/metadata.json", &m)
		hl := m.Databases["hotline"]
		if m.Title == "" || hl.Tables["contacts"].Columns["rule"] != "" || hl.Tables["contact_mentions"].Columns["rule"] == "" ||
			hl.Queries["calls_by_month"].SQL == "" {
			t.Errorf("metadata = %+v", m)
		}
	})
	t.Run("canned queries in NAME.json and served", func(t *testing.T) {
		var d struct {
			Queries []struct{ Name, SQL string }
		}
		getJSON(t, h, "/hotline.json", &d)
		if len(d.Queries) < 3 {
			t.Errorf("queries = %+v", d.Queries)
		}
		var p page
		getJSON(t, h, "/hotline/most_active.json", &p)
		if !p.OK {
			t.Errorf("most_active = %+v", p)
		}
	})
}

func TestConfigOverridesFileDocs(t *testing.T) {
	h := documentedHandler(t, func(c *views.Config) {
		c.Title = "My contacts"
		c.Tables = map[string]views.TableDoc{"contacts": {Description: "Overridden.", Columns: map[string]string{"mode": "How they talked."}}}
		c.Queries = map[string]views.CannedQuery{"most_active": {SQL: "select 42 as answer", Title: "Mine"}, "extra": {SQL: "select 1"}}
	})
	doc := getHTML(t, h, "/hotline/contacts", http.StatusOK)
	if testid(doc, "table-about").Text() != "Overridden." || testid(doc, "coldesc-mode").Text() != "How they talked." ||
		!strings.Contains(testid(doc, "coldesc-status").Text(), "held") {
		t.Errorf("about %q, mode %q, status %q", testid(doc, "table-about").Text(), testid(doc, "coldesc-mode").Text(), testid(doc, "coldesc-status").Text())
	}
	var p page
	getJSON(t, h, "/hotline/most_active.json", &p)
	if len(p.Rows) != 1 || p.Rows[0]["answer"] != float64(42) {
		t.Errorf("the configured query did not replace the file's: %+v", p.Rows)
	}
	getJSON(t, h, "/hotline/evidence.json", &p)
	getJSON(t, h, "/hotline/extra.json", &p)
	if title := getHTML(t, h, "/", http.StatusOK).Find("head > title").Text(); title != "My contacts" {
		t.Errorf("title %q", title)
	}
}

// newHandlerFor serves an open reader with the default configuration.
func newHandlerFor(t *testing.T, r *db.Reader) http.Handler {
	t.Helper()
	h, err := views.New(r, views.Config{BaseURL: "http://example.com", AllowSQL: true}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// emptyHotlineDB makes an empty database with every migration applied and returns its path.
func emptyHotlineDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hotline.db")
	st, err := db.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

package views_test

import (
	"net/http"
	"strings"
	"testing"

	"hotline/views"
)

func TestIntrospectionPages(t *testing.T) {
	h := newHandler(t, func(c *views.Config) { c.Version = "1.2.3" })
	t.Run("settings", func(t *testing.T) {
		var v map[string]any
		getJSON(t, h, "/-/settings.json", &v)
		if v["default_page_size"] != float64(2) || v["max_returned_rows"] == nil || v["sql_time_limit_ms"] == nil {
			t.Errorf("settings = %v", v)
		}
	})
	t.Run("databases", func(t *testing.T) {
		var v []struct {
			Name, Path string
			IsMutable  bool `json:"is_mutable"`
		}
		getJSON(t, h, "/-/databases.json", &v)
		if len(v) != 1 || v[0].Name != "hotline" || v[0].Path != "hotline.db" || v[0].IsMutable {
			t.Errorf("databases = %+v", v)
		}
	})
	for _, name := range []string{"versions", "settings", "databases"} {
		t.Run(name+" as HTML", func(t *testing.T) {
			doc := getHTML(t, h, "/-/"+name, http.StatusOK)
			if pre := testid(doc, "introspect").Text(); !strings.HasPrefix(strings.TrimSpace(pre), "{") && !strings.HasPrefix(strings.TrimSpace(pre), "[") {
				t.Errorf("/-/%s shows %q, want its JSON", name, firstLines(pre))
			}
		})
	}
	t.Run("unknown page", func(t *testing.T) {
		if rec := get(t, h, "/-/nothing.json"); rec.Code != http.StatusNotFound {
			t.Errorf("status %d, want 404", rec.Code)
		}
	})
}

func TestTitleNotRepeated(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/", http.StatusOK)
	if title := doc.Find("head > title").Text(); title != "Fixture hotline" {
		t.Errorf("<title> = %q, want the dataset title once", title)
	}
	doc = getHTML(t, newHandler(t, nil), "/hotline/contacts", http.StatusOK)
	if title := doc.Find("head > title").Text(); title != "contacts · Fixture hotline" {
		t.Errorf("<title> = %q", title)
	}
}

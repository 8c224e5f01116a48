package views_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestFavicon checks the site icon: every page links it (so browsers do not ask for
// /favicon.ico), and /favicon.ico, which browsers ask for on JSON and CSV pages, leads to
// it instead of a 404 that their console reports as an error.
func TestFavicon(t *testing.T) {
	h := newHandler(t, nil)
	for _, target := range []string{"/", "/hotline/contacts", "/nope"} {
		t.Run("linked from "+target, func(t *testing.T) {
			rec := get(t, h, target)
			icon := `<link rel="icon" href="/-/static/favicon.`
			if !strings.Contains(rec.Body.String(), icon) {
				t.Errorf("GET %s (%d) links no icon %s...", target, rec.Code, icon)
			}
		})
	}
	t.Run("/favicon.ico", func(t *testing.T) {
		rec := get(t, h, "/favicon.ico")
		to := rec.Header().Get("Location")
		if rec.Code != http.StatusFound || !strings.HasPrefix(to, "/-/static/favicon.") {
			t.Fatalf("GET /favicon.ico: %d to %q, want a redirect to the hashed icon", rec.Code, to)
		}
		rec = get(t, h, to)
		if ct := rec.Header().Get("Content-Type"); rec.Code != http.StatusOK || ct != "image/svg+xml" {
			t.Errorf("GET %s: %d %q, want 200 image/svg+xml", to, rec.Code, ct)
		}
	})
}

package clean_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"hotline/importer/clean"
)

// FuzzClean checks that no text makes the cleaner panic, that it is deterministic, that
// it returns UTF-8 for UTF-8, and that what it says it removed and found comes from the
// text.
func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(string(raw))
		}
	}
	for _, s := range []string{
		"By Clyde Hughes\n\nWASHINGTON, Feb. 1 (UPI) -- Body.\n\nREAD MORE\n\nLoading...",
		"KYIV, Ukraine (AP) — Text.\n\nPhoto: Reuters\n\nText.\n\nText.", "", "\n\n\n", "By\nBy\nBy",
	} {
		f.Add(s)
	}
	c := clean.New()
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		res := c.Clean(body)
		if again := c.Clean(body); again.Text != res.Text || again.Byline != res.Byline || again.Dateline != res.Dateline {
			t.Fatalf("two cleanings of the same text differ")
		}
		for field, v := range map[string]string{"text": res.Text, "byline": res.Byline, "dateline": res.Dateline,
			"dateline date": res.DatelineDate, "publisher": res.Publisher} {
			if !utf8.ValidString(v) {
				t.Fatalf("%s is not UTF-8: %q", field, v)
			}
		}
		if len(res.Text) > 2*len(body)+2 {
			t.Fatalf("cleaning grew %d bytes into %d", len(body), len(res.Text))
		}
		for _, r := range res.Removed {
			if r.Rule == "" {
				t.Fatalf("removed %q without naming a rule", r.Text)
			}
		}
	})
}

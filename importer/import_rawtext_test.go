package importer_test

import (
	"testing"

	"hotline/importer"
)

// TestImportKeepsRawTextOnlyWhenAsked checks that the text as read is stored beside the
// cleaned text only with KeepRawText: by default the raw copy would double the articles.
func TestImportKeepsRawTextOnlyWhenAsked(t *testing.T) {
	body := "Share this article\n\nPresident Anna Berg spoke by phone with Chancellor Omar Lind on Monday, her office said."
	for _, tc := range []struct {
		name    string
		keep    bool
		wantRaw bool
	}{
		{"default drops the raw copy", false, false},
		{"keep_raw_text stores it", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := importEach(t, importer.Options{KeepRawText: tc.keep},
				map[string]string{"call.md": story("A call", "2024-03-04", body)})
			got := queryRows(t, rawDB(t, path), `SELECT raw_text <> '', text <> '' FROM articles`)
			want := "0|1"
			if tc.wantRaw {
				want = "1|1"
			}
			if len(got) != 1 || got[0] != want {
				t.Errorf("raw_text, text non-empty = %q, want %q", got, want)
			}
		})
	}
}

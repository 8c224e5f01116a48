package extract_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"hotline/importer/extract"
)

// FuzzExtract checks that no input makes Extract panic and that every span it reports
// lies inside the text.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/devset/*.txt")
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(string(raw))
		}
	}
	for _, c := range robustCases() {
		f.Add(c.text)
	}
	f.Add("“Unclosed quote by Mr.\n\n\"Another, 'nested' one,\" he said. Jan. 21 — U.S.'s")
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		n := utf8.RuneCountInString(text)
		res := x.Extract(extract.Input{Text: text, Published: "2022-02-01"})
		check := func(s extract.Span) {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("span %d-%d outside %d runes (%s)", s.Start, s.End, n, s.Rule)
			}
		}
		for _, a := range res.Actors {
			for _, m := range a.Mentions {
				check(m)
			}
		}
		for _, q := range res.Quotes {
			check(q.Evidence)
			if q.Speaker >= len(res.Actors) {
				t.Fatalf("speaker %d of %d actors", q.Speaker, len(res.Actors))
			}
		}
		for _, c := range res.Contacts {
			check(c.Evidence)
			for _, p := range c.Participants {
				if p < 0 || p >= len(res.Actors) {
					t.Fatalf("participant %d of %d actors", p, len(res.Actors))
				}
			}
		}
	})
}

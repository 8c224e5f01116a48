package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpus checks the generator: the asked number of articles, each a variant of a
// sample with its persons renamed from the pool and a distinct text, repeatably.
func TestCorpus(t *testing.T) {
	cases := []struct {
		name string
		c    corpus
	}{
		{"realistic", corpus{n: 25, persons: 2000, days: 2000}},
		{"worst case", corpus{n: 25, persons: 4, days: 3}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tc.c.name())
			size, err := tc.c.write(path)
			if err != nil {
				t.Fatal(err)
			}
			recs := readCorpus(t, path)
			if len(recs) != tc.c.n || size <= 0 {
				t.Fatalf("%d articles, %d bytes; want %d articles", len(recs), size, tc.c.n)
			}
			texts, dates := map[string]bool{}, map[string]bool{}
			for _, r := range recs {
				if strings.Contains(r.Text, "Blinken") || strings.Contains(r.Text, "Lavrov") {
					t.Errorf("%s still names a person of the samples", r.URL)
				}
				texts[r.Text], dates[r.Published] = true, true
			}
			if len(texts) != tc.c.n {
				t.Errorf("%d distinct texts of %d articles", len(texts), tc.c.n)
			}
			if len(dates) > tc.c.days {
				t.Errorf("%d publication dates, want at most %d", len(dates), tc.c.days)
			}
			again := filepath.Join(dir, "again.jsonl")
			if _, err := tc.c.write(again); err != nil {
				t.Fatal(err)
			}
			a, _ := os.ReadFile(path)
			b, _ := os.ReadFile(again)
			if string(a) != string(b) {
				t.Errorf("the same corpus generated twice differs")
			}
		})
	}
}

func readCorpus(t *testing.T, path string) []record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

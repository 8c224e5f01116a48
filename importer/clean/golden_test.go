package clean_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotline/importer/clean"
	"hotline/importer/source"
	"hotline/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGoldenSeeds reads the sample articles as the importer does (source.Read takes the
// metadata line and the title off), cleans their bodies and compares the story and the
// removed furniture with testdata/<seed>.golden, which a reviewer reads to judge the
// rules. Run `go test ./importer/clean -run Golden -update` after a deliberate change.
func TestGoldenSeeds(t *testing.T) {
	c := clean.New()
	for _, a := range seedArticles(t) {
		t.Run(a.Source, func(t *testing.T) {
			got := render(c.Clean(a.Text))
			path := filepath.Join("testdata", strings.TrimSuffix(a.Source, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("cleaned %s differs from %s:\n%s", a.Source, path, got)
			}
		})
	}
}

// render prints a Result in a form a reviewer can read: the fields, the story, then each
// removed piece with its rule.
func render(r clean.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "byline: %s\ndateline: %s\ndateline date: %s\npublisher: %s\n", r.Byline, r.Dateline, r.DatelineDate, r.Publisher)
	fmt.Fprintf(&b, "\n=== story\n%s\n\n=== removed\n", r.Text)
	for _, x := range r.Removed {
		fmt.Fprintf(&b, "[%s] %s\n", x.Rule, x.Text)
	}
	return b.String()
}

// seedArticles reads the sample articles as the importer does (source.Read takes the
// metadata line and the title off).
func seedArticles(tb testing.TB) []source.Article {
	var articles []source.Article
	_, err := source.Read(context.Background(), []source.Input{{FS: seeds.FS, Path: "."}}, func(a source.Article) error {
		articles = append(articles, a)
		return nil
	})
	if err != nil || len(articles) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	return articles
}

// BenchmarkCleanSeeds cleans the sample articles, the bodies the scale corpus varies.
func BenchmarkCleanSeeds(b *testing.B) {
	articles := seedArticles(b)
	c := clean.New()
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			c.CleanTitled(a.Title, a.Text)
		}
	}
}

// BenchmarkUnwrapSeeds is the cost of looking for a hard wrap in flowing articles, which
// every article pays before cleaning: a share of BenchmarkCleanSeeds.
func BenchmarkUnwrapSeeds(b *testing.B) {
	articles := seedArticles(b)
	c := clean.New()
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			c.Unwrap(a.Text)
		}
	}
}

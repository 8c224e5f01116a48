package source_test

import (
	"context"
	"slices"
	"testing"

	"hotline/importer/source"
	"hotline/seeds"
)

// readAll reads inputs and returns every article and skip, failing the test on an error.
func readAll(tb testing.TB, inputs ...source.Input) ([]source.Article, []source.Skip) {
	tb.Helper()
	var got []source.Article
	skips, err := source.Read(context.Background(), inputs, func(a source.Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		tb.Fatalf("Read: %v", err)
	}
	return got, skips
}

func TestReadSeeds(t *testing.T) {
	want := []source.Article{
		{Source: "000_c7db34ceb0cac0cf.txt", Title: "U.S.' Blinken, Russia's Lavrov to speak again on Tuesday about Ukraine crisis", Published: "2022-02-01"},
		{Source: "001_1bcc76155d71b032.txt"},
		{Source: "002_4ebca540514b2b37.txt", Title: "Washington and Moscow spoke on the phone. “It’s important to maintain communication channels”"},
		{Source: "003_783869c16b4e0c0e.txt"},
		{Source: "004_249d0bc0039f20a1.txt", Title: "US intensifies diplomatic phone calls amid fears of Russian Ukraine attack"},
	}
	for _, in := range []struct {
		name   string
		input  source.Input
		prefix string
		skips  []source.Skip
	}{
		{"embedded", source.Input{FS: seeds.FS, Path: "."}, "", nil},
		// The folder also holds the Go file that embeds the seeds.
		{"folder", source.Input{Path: "../../seeds"}, "../../seeds/", []source.Skip{{Source: "../../seeds/seeds.go", Reason: "unsupported file type .go"}}},
		{"folder with slash", source.Input{Path: "../../seeds/"}, "../../seeds/", []source.Skip{{Source: "../../seeds/seeds.go", Reason: "unsupported file type .go"}}},
	} {
		t.Run(in.name, func(t *testing.T) {
			got, skips := readAll(t, in.input)
			if !slices.Equal(skips, in.skips) {
				t.Errorf("skips = %v, want %v", skips, in.skips)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d articles, want %d", len(got), len(want))
			}
			for i, w := range want {
				g := got[i]
				if g.Source != in.prefix+w.Source || g.Title != w.Title || g.Published != w.Published {
					t.Errorf("article %d = {%q %q %q}, want {%q %q %q}", i, g.Source, g.Title, g.Published, in.prefix+w.Source, w.Title, w.Published)
				}
				if g.Text == "" || g.Text == g.Title {
					t.Errorf("article %d has no body", i)
				}
			}
		})
	}
}

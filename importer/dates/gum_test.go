package dates_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotline/importer/dates"
	"hotline/importer/dates/internal/gumeval"
	"hotline/importer/internal/gum"
)

// udDir is where the treebanks sit: the shared/ folder beside the repository.
const udDir = "../../../shared/ud"

// gumFloors are the floors of TestGUMDates, a little under today's figures: the share of
// gold dates found, of day-level golds found, of found day-level golds resolved right, and
// of our expressions that overlap a gold date.
var gumFloors = map[string]struct{ found, dayFound, dayRight, precision float64 }{
	"train": {0.55, 0.89, 0.85, 0.88},
	"test":  {0.51, 0.86, 0.90, 0.89},
}

// TestGUMDates scores Find and Resolve against the dates GUM marks in its news, interview,
// biography, speech, textbook and travel documents (internal/gumeval). GUM train is
// studied freely, of GUM test only the totals. HOTLINE_GUM_MISSES=1 logs train's misses.
func TestGUMDates(t *testing.T) {
	f := dates.NewFinder()
	for _, split := range []string{"train", "test"} {
		t.Run(split, func(t *testing.T) {
			docs, err := gumeval.Load(filepath.Join(udDir, "en_gum-news-ccby-"+split+".conllu"))
			if os.IsNotExist(err) {
				t.Skipf("no GUM treebank in %s", udDir)
			}
			if err != nil {
				t.Fatal(err)
			}
			var total gumeval.Tally
			// news and interviews, whose dates are told from publication as contacts' are,
			// and the other genres, whose narratives are told in years of their own
			genres := [2]struct {
				name  string
				tally gumeval.Tally
			}{{name: "news and interviews"}, {name: "the other genres"}}
			for _, d := range docs {
				tally, misses := gumeval.Score(d, gumeval.Run(f, d))
				total.Add(tally)
				g := &genres[1]
				if strings.HasPrefix(d.ID, "GUM_news_") || strings.HasPrefix(d.ID, "GUM_interview_") {
					g = &genres[0]
				}
				g.tally.Add(tally)
				if split == "train" && os.Getenv("HOTLINE_GUM_MISSES") != "" {
					for _, m := range misses {
						t.Log(m)
					}
				}
			}
			t.Logf("GUM %s: %s", split, total.Figures())
			for _, g := range genres {
				t.Logf("GUM %s, %s: %d docs, day golds found %d/%d, right %d", split, g.name,
					g.tally.Docs, g.tally.Found[gum.Day], g.tally.Gold[gum.Day], g.tally.Right[gum.Day])
			}
			floor := gumFloors[split]
			for _, c := range []struct {
				name  string
				n, d  int
				floor float64
			}{
				{"gold dates found", sum(total.Found), sum(total.Gold), floor.found},
				{"day golds found", total.Found[gum.Day], total.Gold[gum.Day], floor.dayFound},
				{"found day golds right", total.Right[gum.Day], total.Found[gum.Day], floor.dayRight},
				{"expressions on a gold date", total.Exprs - total.Spurious, total.Exprs, floor.precision},
			} {
				if got := float64(c.n) / float64(max(c.d, 1)); got < c.floor {
					t.Errorf("%s: %.3f (%d/%d), floor %.2f", c.name, got, c.n, c.d, c.floor)
				}
			}
		})
	}
}

func sum(c [gum.Other + 1]int) int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

package gumeval_test

import (
	"os"
	"strings"
	"testing"

	"hotline/importer/extract"
	"hotline/importer/extract/gumeval"
)

const udDir = "../../../../shared/ud"

// floors are the least figures a part of GUM must reach (mixed: the most), a little under
// those of the last commit that moved them.
type floors struct {
	personP, personR, merged, mixed, pronouns, speakers float64
}

// TestGUMEntities runs extraction on GUM's documents and prints, for its train and test
// parts, how our person and organization names, actor merging, pronouns and quote speakers
// agree with GUM's gold entities and coreference (gumeval.Tally.Line); GUM_DOCS=1 prints
// each document's line too, and GUM_MISSES=PREFIX the train part's misses that start with
// PREFIX ("speaker", "quote-fn": gumeval.Misses; GUM test is only totalled). It fails under the floors. It skips without ../shared/ud.
func TestGUMEntities(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []struct {
		name string
		min  floors
	}{
		{"train", floors{personP: .87, personR: .71, merged: .93, mixed: .11, pronouns: .90, speakers: .93}},
		{"test", floors{personP: .86, personR: .58, merged: .90, mixed: .07, pronouns: .89, speakers: .82}},
	} {
		t.Run(part.name, func(t *testing.T) {
			path := udDir + "/en_gum-news-ccby-" + part.name + ".conllu"
			if _, err := os.Stat(path); err != nil {
				t.Skip("no GUM treebank:", err)
			}
			docs, err := gumeval.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			var sum gumeval.Tally
			for _, d := range docs {
				ex := x.Explain(extract.Input{Text: d.Text, Title: d.Title, Published: d.Published})
				got := gumeval.Score(d, ex)
				if testing.Verbose() && os.Getenv("GUM_DOCS") != "" {
					t.Logf("%s: %s", d.ID, got.Line())
				}
				if testing.Verbose() && part.name == "train" && os.Getenv("GUM_MISSES") != "" {
					for _, m := range gumeval.Misses(d, ex) {
						if strings.HasPrefix(m, os.Getenv("GUM_MISSES")) {
							t.Logf("%s: %s", d.ID, m)
						}
					}
				}
				sum.Add(got)
			}
			t.Logf("GUM %s (%d documents): %s", part.name, len(docs), sum.Line())
			for _, c := range []struct {
				what     string
				got, min float64
				atMost   bool
			}{
				{"person-name precision", sum.Names[0].Value(), part.min.personP, false},
				{"person-name recall", sum.Names[1].Value(), part.min.personR, false},
				{"chains merged", sum.Merged.Value(), part.min.merged, false},
				{"actors mixing chains", sum.Mixed.Value(), part.min.mixed, true},
				{"pronouns", sum.Pronouns.Value(), part.min.pronouns, false},
				{"quote speakers", sum.Speakers.Value(), part.min.speakers, false},
			} {
				if c.atMost && c.got > c.min || !c.atMost && c.got < c.min {
					t.Errorf("%s %.3f, floor %.2f", c.what, c.got, c.min)
				}
			}
		})
	}
}

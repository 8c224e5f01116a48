package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"hotline/importer/clean"
	"hotline/importer/extract"
	"hotline/importer/source"
)

// goldPath is where CI and the workstation keep the hand annotation, beside the repo.
const goldPath = "../../../shared/eval/seeds.gold.json"

// TestSeedsAgainstGold runs the extractor on the five seed articles and scores it with the
// rules of shared/eval/score.py; -v lists every miss.
func TestSeedsAgainstGold(t *testing.T) {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Skipf("no gold annotation at %s (shared/eval sits beside the repository clone): %v", goldPath, err)
	}
	sc := scoreSet(t, raw, "../../seeds")
	sc.require(t, 0.95, 0.95, 0.95, 1, 0.9)
}

// TestDevsetAgainstGold scores the made-up dev set of testdata/devset (real outlet styles,
// 2014-2026) against its gold, with the targets set for unseen articles.
func TestDevsetAgainstGold(t *testing.T) {
	raw, err := os.ReadFile("testdata/devset/devset.gold.json")
	if err != nil {
		t.Skipf("no dev-set gold: %v", err)
	}
	sc := scoreSet(t, raw, "testdata/devset")
	sc.require(t, 0.9, 0.85, 0.9, 0.9, 0.9)
}

// setScore sums the tallies and accuracies of a scored set.
type setScore struct {
	actors, contacts, quotes    tally
	mode, status, date, speaker ratio
}

// scoreSet extracts every article of dir named in the gold and scores it.
func scoreSet(t *testing.T, raw []byte, dir string) setScore {
	t.Helper()
	var gold goldFile
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("gold: %v", err)
	}
	x := newExtractor(t)
	articles := readArticles(t, dir)
	var sum setScore
	for _, g := range gold.Articles {
		a, ok := articles[g.File]
		if !ok {
			t.Fatalf("article %s not found in %s", g.File, dir)
		}
		pub := a.Published
		if pub == "" {
			pub = x.Publication(a.Text) // as the importer does when the source has no date
		}
		res := x.Extract(extract.Input{Text: clean.Clean(a.Text).Text, Published: pub})
		sc := scoreArticle(g, res)
		sum.actors, sum.contacts, sum.quotes = add(sum.actors, sc.actors), add(sum.contacts, sc.contacts), add(sum.quotes, sc.quotes)
		for _, p := range []struct{ to, from *ratio }{{&sum.mode, &sc.mode}, {&sum.status, &sc.status}, {&sum.date, &sc.date}, {&sum.speaker, &sc.speaker}} {
			p.to.ok, p.to.n = p.to.ok+p.from.ok, p.to.n+p.from.n
		}
		for _, l := range sc.log {
			t.Logf("%s: %s", g.File, l)
		}
	}
	t.Logf("actors F1 %.2f %+v; contacts F1 %.2f %+v; quotes F1 %.2f %+v", sum.actors.f1(), sum.actors, sum.contacts.f1(), sum.contacts, sum.quotes.f1(), sum.quotes)
	t.Logf("accuracy: mode %.2f (n=%d) status %.2f (n=%d) date %.2f (n=%d) speaker %.2f (n=%d)",
		sum.mode.value(), sum.mode.n, sum.status.value(), sum.status.n, sum.date.value(), sum.date.n, sum.speaker.value(), sum.speaker.n)
	return sum
}

// require fails the test when a score falls under its target.
func (sc setScore) require(t *testing.T, actors, contacts, quotes, speaker, modeStatus float64) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"actors F1", sc.actors.f1(), actors}, {"contacts F1", sc.contacts.f1(), contacts},
		{"quotes F1", sc.quotes.f1(), quotes}, {"speaker accuracy", sc.speaker.value(), speaker},
		{"mode accuracy", sc.mode.value(), modeStatus}, {"status accuracy", sc.status.value(), modeStatus},
	} {
		if c.got < c.want {
			t.Errorf("%s %.2f < %.2f", c.name, c.got, c.want)
		}
	}
}

func newExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	x, err := extract.New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return x
}

// readArticles reads a folder with importer/source, keyed by file name.
func readArticles(tb testing.TB, dir string) map[string]source.Article {
	tb.Helper()
	out := map[string]source.Article{}
	_, err := source.Read(context.Background(), []source.Input{{Path: dir}}, func(a source.Article) error {
		out[filepath.Base(a.Source)] = a
		return nil
	})
	if err != nil {
		tb.Fatalf("reading seeds: %v", err)
	}
	return out
}

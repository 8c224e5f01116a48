package extract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
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
	sc.require(t, 0.9, 0.75, 0.9, 0.9, 0.9)
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

func add(a, b tally) tally { return tally{a.tp + b.tp, a.fp + b.fp, a.fn + b.fn} }

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

// articleScore is one article's tallies and misses.
type articleScore struct {
	actors, contacts, quotes    tally
	mode, status, date, speaker ratio
	log                         []string
}

func scoreArticle(g goldArticle, res extract.Result) articleScore {
	var sc articleScore
	found := map[int]bool{}
	for _, a := range res.Actors {
		i := resolveGold(g, a.Name)
		switch {
		case i < 0 || found[i]:
			sc.actors.fp++
			sc.log = append(sc.log, fmt.Sprintf("actor extra %q (%s, %s, %s)", a.Name, a.Kind, a.Role, a.Country))
		case !g.Actors[i].Optional:
			sc.actors.tp++
		}
		if i >= 0 {
			found[i] = true
		}
	}
	for i, a := range g.Actors {
		if !found[i] && !a.Optional {
			sc.actors.fn++
			sc.log = append(sc.log, fmt.Sprintf("actor missing %q", a.Name))
		}
	}
	sc.scoreContacts(g, res)
	sc.scoreQuotes(g, res)
	return sc
}

func (sc *articleScore) scoreContacts(g goldArticle, res extract.Result) {
	type cand struct {
		agree, p, gi int
		opt          bool
	}
	var cands []cand
	for p, c := range res.Contacts {
		pk := participantKey(g, contactNames(res, c))
		for gi, gc := range g.Contacts {
			if participantKey(g, gc.Participants) != pk {
				continue
			}
			agree := b2i(c.Mode == gc.Mode) + b2i(c.Status == gc.Status) + b2i(gc.Date != nil && *gc.Date != "" && c.Date == *gc.Date)
			cands = append(cands, cand{agree, p, gi, gc.Optional})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].agree != cands[j].agree {
			return cands[i].agree > cands[j].agree
		}
		return !cands[i].opt && cands[j].opt
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if usedP[c.p] || usedG[c.gi] {
			continue
		}
		usedP[c.p], usedG[c.gi] = true, true
		gc, pc := g.Contacts[c.gi], res.Contacts[c.p]
		if gc.Optional {
			continue
		}
		sc.contacts.tp++
		sc.mode.add(pc.Mode == gc.Mode)
		sc.status.add(pc.Status == gc.Status)
		if gc.Date != nil && *gc.Date != "" {
			sc.date.add(pc.Date == *gc.Date)
			if pc.Date != *gc.Date {
				sc.log = append(sc.log, fmt.Sprintf("contact %v: date %q (%q), want %q (%q)", gc.Participants, pc.Date, pc.DateText, *gc.Date, gc.DateText))
			}
		}
		if pc.Mode != gc.Mode || pc.Status != gc.Status {
			sc.log = append(sc.log, fmt.Sprintf("contact %v: got %s/%s %q, want %s/%s %q", gc.Participants, pc.Mode, pc.Status, pc.DateText, gc.Mode, gc.Status, gc.DateText))
		}
	}
	for p, c := range res.Contacts {
		if !usedP[p] {
			sc.contacts.fp++
			sc.log = append(sc.log, fmt.Sprintf("contact extra %v %s/%s %q [%s] %q", contactNames(res, c), c.Mode, c.Status, c.DateText, c.Evidence.Rule, c.Evidence.Sentence))
		}
	}
	for gi, gc := range g.Contacts {
		if !usedG[gi] && !gc.Optional {
			sc.contacts.fn++
			sc.log = append(sc.log, fmt.Sprintf("contact missing %v %s/%s %q", gc.Participants, gc.Mode, gc.Status, gc.DateText))
		}
	}
}

func (sc *articleScore) scoreQuotes(g goldArticle, res extract.Result) {
	type cand struct {
		f     float64
		p, gi int
		opt   bool
	}
	var cands []cand
	for p, q := range res.Quotes {
		for gi, gq := range g.Quotes {
			if f := overlapF1(gq.Text, q.Text); f >= 0.8 {
				cands = append(cands, cand{f, p, gi, gq.Optional})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].f > cands[j].f })
	usedP, usedG := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if usedP[c.p] || usedG[c.gi] {
			continue
		}
		usedP[c.p], usedG[c.gi] = true, true
		gq, q := g.Quotes[c.gi], res.Quotes[c.p]
		if gq.Optional {
			continue
		}
		sc.quotes.tp++
		if gq.Speaker != nil {
			keys := map[string]bool{scoreKey(*gq.Speaker): true}
			for _, a := range gq.AliasesOK {
				keys[scoreKey(a)] = true
			}
			if i := resolveGold(g, *gq.Speaker); i >= 0 {
				for k := range g.Actors[i].keys() {
					keys[k] = true
				}
			}
			got := ""
			if q.Speaker >= 0 {
				got = res.Actors[q.Speaker].Name
			}
			sc.speaker.add(got != "" && keys[scoreKey(got)])
			if got == "" || !keys[scoreKey(got)] {
				sc.log = append(sc.log, fmt.Sprintf("quote speaker %q, want %q [%s]: %.50q", got, *gq.Speaker, q.Evidence.Rule, q.Text))
			}
		}
	}
	for p, q := range res.Quotes {
		if !usedP[p] {
			sc.quotes.fp++
			sc.log = append(sc.log, fmt.Sprintf("quote extra [%s] %.60q", q.Evidence.Rule, q.Text))
		}
	}
	for gi, gq := range g.Quotes {
		if !usedG[gi] && !gq.Optional {
			sc.quotes.fn++
			sc.log = append(sc.log, fmt.Sprintf("quote missing %.60q", gq.Text))
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

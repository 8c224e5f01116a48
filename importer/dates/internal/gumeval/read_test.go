package gumeval_test

import (
	"strings"
	"testing"

	"hotline/importer/dates"
	"hotline/importer/dates/internal/gumeval"
)

// conllu builds a CoNLL-U document from lines whose fields are separated by spaces, so that
// the made-up fixtures below stay readable: ID FORM MISC, MISC running to the end of the
// line (the other columns are "_").
func conllu(tb testing.TB, lines ...string) string {
	tb.Helper()
	var b strings.Builder
	for _, l := range lines {
		f := strings.SplitN(l, " ", 3)
		if len(f) == 3 && !strings.HasPrefix(l, "#") {
			l = strings.Join([]string{f[0], f[1], "_", "_", "_", "_", "_", "_", "_", f[2]}, "\t")
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// fixture is a made-up document of two paragraphs: a dateline, then a sentence with a
// multiword token and a date marked across three tokens, and a year marked on one.
func fixture(tb testing.TB) string {
	tb.Helper()
	return conllu(tb,
		"# newdoc id = made_up_talks",
		"# meta::dateCreated = 2026-03-04",
		"# meta::title = Envoys meet in Lisbon",
		"# newpar",
		"# text = Wednesday, March 4, 2026",
		`1 Wednesday XML=<date when:::"2026-03-04">`,
		"2 , _",
		"3 March _",
		"4 4 SpaceAfter=No",
		"5 , _",
		"6 2026 XML=</date>",
		"",
		"# newpar",
		"# text = Envoy Mara Quist didn't rest on March 3, as in 2025.",
		"1 Envoy _",
		"2 Mara _",
		"3 Quist _",
		"4-5 didn't _",
		"4 did _",
		"5 n't _",
		"6 rest _",
		"7 on _",
		`8 March XML=<date when:::"2026-03-03">`,
		"9 3 SpaceAfter=No|XML=</date>",
		"10 , _",
		"11 as _",
		"12 in _",
		`13 2025 SpaceAfter=No|XML=<date when:::"2025"></date>`,
		"14 . _",
		"",
	)
}

func TestRead(t *testing.T) {
	docs, err := gumeval.Read(strings.NewReader(fixture(t)))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d docs, want 1", len(docs))
	}
	d := docs[0]
	if want := "Wednesday , March 4, 2026\n\nEnvoy Mara Quist didn't rest on March 3, as in 2025."; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	if d.Published != "2026-03-04" || d.Title != "Envoys meet in Lisbon" || len(d.Sentences) != 2 {
		t.Errorf("published %q, title %q, %d sentences", d.Published, d.Title, len(d.Sentences))
	}
	var got []string
	for _, g := range d.Gold {
		got = append(got, g.Grain.String()+":"+g.Text+"="+g.Value)
	}
	if want := "day:Wednesday , March 4, 2026=2026-03-04 | day:March 3=2026-03-03 | year:2025=2025"; strings.Join(got, " | ") != want {
		t.Errorf("gold %q, want %q", strings.Join(got, " | "), want)
	}
}

func TestScore(t *testing.T) {
	docs, err := gumeval.Read(strings.NewReader(fixture(t)))
	if err != nil {
		t.Fatal(err)
	}
	tally, misses := gumeval.Score(docs[0], gumeval.Run(dates.NewFinder(), docs[0]))
	if tally.Found[gumeval.Day] != 2 || tally.Right[gumeval.Day] != 2 || tally.Found[gumeval.Year] != 1 || tally.Right[gumeval.Year] != 1 || tally.Spurious != 0 {
		t.Errorf("tally %+v, misses %v", tally, misses)
	}
}

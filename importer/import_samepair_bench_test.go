package importer_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/cputime"
	"hotline/importer/source"
)

// BenchmarkSamePairReports imports n one-line JSON Lines articles that each report a
// call of the same made-up pair, undated and of unknown publication (the hostile
// script's "many articles reporting the same pair"), and reports the process CPU time
// per article: it stays flat as n grows when a report is not compared with every
// earlier contact of the pair. The trio runs the same with a three-way meeting, which is
// also looked up through each participant's multilateral contacts (contactIndex.multilateral).
func BenchmarkSamePairReports(b *testing.B) {
	shapes := []struct{ name, text string }{
		{"pair", "President Ilse Arveld spoke with Chancellor Tomas Brennick by phone about item %d."},
		{"trio", "President Ilse Arveld held a trilateral meeting with Chancellor Tomas Brennick and Prime Minister Ana Kovac about item %d."},
	}
	for _, sh := range shapes {
		for _, n := range []int{500, 2000, 8000} {
			b.Run(fmt.Sprintf("%s/reports=%d", sh.name, n), func(b *testing.B) {
				benchSameReports(b, sh.text, n)
			})
		}
	}
}

// benchSameReports imports n articles of text (its %d the article's number) and reports
// the process CPU per article.
func benchSameReports(b *testing.B, text string, n int) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "same.jsonl")
	var lines strings.Builder
	for i := range n {
		fmt.Fprintf(&lines, `{"title":"Report %d","text":"`+text+`"}`+"\n", i, i)
	}
	writeFile(b, path, lines.String())
	var cpu float64
	for b.Loop() {
		b.StopTimer()
		s, _ := newStore(b)
		b.StartTimer()
		start := cputime.Process()
		if _, err := importer.Run(context.Background(), s, []source.Input{{Path: path}}, importer.Options{}); err != nil {
			b.Fatal(err)
		}
		cpu += (cputime.Process() - start).Seconds()
	}
	b.ReportMetric(cpu*1e6/float64(n*b.N), "cpu-µs/report")
}

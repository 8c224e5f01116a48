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
// earlier contact of the pair.
func BenchmarkSamePairReports(b *testing.B) {
	for _, n := range []int{500, 2000, 8000} {
		b.Run(fmt.Sprintf("reports=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "pair.jsonl")
			var lines strings.Builder
			for i := range n {
				fmt.Fprintf(&lines, `{"title":"Call %d","text":"President Ilse Arveld spoke with Chancellor Tomas Brennick by phone about item %d."}`+"\n", i, i)
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
		})
	}
}

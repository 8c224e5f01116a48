package importer_test

import (
	"context"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

// BenchmarkImport imports 500 generated articles into a new database per iteration with
// the built-in extractor and reports articles per second.
func BenchmarkImport(b *testing.B) {
	const n = 500
	dir := b.TempDir()
	generateArticles(b, dir, n)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s, _ := newStore(b)
		b.StartTimer()
		if _, err := importer.Run(context.Background(), s, []source.Input{{Path: dir}}, importer.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

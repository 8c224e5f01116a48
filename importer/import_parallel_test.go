package importer_test

import (
	"maps"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

// TestImportIsDeterministic imports the same articles with one worker and with several:
// analysis runs in parallel, but every table must come out identical, ids included.
func TestImportIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	generateArticles(t, dir, 120)
	var sums []map[string]string
	for _, workers := range []int{1, 4} {
		s, path := newStore(t)
		sum := runImport(t, s, importer.Options{Workers: workers}, source.Input{Path: dir})
		if sum.New != 120 {
			t.Fatalf("workers %d: %d new articles, want 120", workers, sum.New)
		}
		sums = append(sums, checksums(t, path))
	}
	if !maps.Equal(sums[0], sums[1]) {
		for table, sum := range sums[0] {
			if sums[1][table] != sum {
				t.Errorf("table %s differs between 1 and 4 workers", table)
			}
		}
	}
}

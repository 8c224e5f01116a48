package importer_test

import (
	"fmt"
	"maps"
	"path/filepath"
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

// TestImportReadsContactsBack imports the same articles holding every contact in memory
// and holding one at most, so that each lookup reads its candidates back from the
// database, then re-imports edited versions of some (their reports are taken back from
// contacts that are not in memory): every table must come out identical.
func TestImportReadsContactsBack(t *testing.T) {
	pairs := [][2]string{{"Ilse Arveld", "Tomas Brennick"}, {"Marta Castell", "Oren Dorsan"},
		{"Lucia Elvin", "Pavel Faraday"}, {"Ilse Arveld", "Marta Castell"}}
	write := func(dir string, i int, verb string) {
		p := pairs[i%len(pairs)]
		writeFile(t, filepath.Join(dir, fmt.Sprintf("call-%03d.md", i)), story(fmt.Sprintf("Call %d", i),
			fmt.Sprintf("2023-03-%02d", 6+i%3), fmt.Sprintf("Foreign Minister %s %s %s on Monday, officials said.\n\n"+
				"\"We agreed to stay in touch,\" %s told reporters in Dispatch %d.\n", p[0], verb, p[1], p[0], i)))
	}
	dir, edited := t.TempDir(), t.TempDir()
	for i := range 40 {
		write(dir, i, "spoke by phone with")
		if i%4 == 0 {
			write(edited, i, "met") // another contact now: the call loses a report
		} else {
			write(edited, i, "spoke by phone with")
		}
	}
	var sums []map[string]string
	for _, held := range []int{0, 1} {
		s, path := newStore(t)
		runImport(t, s, importer.Options{HeldContacts: held}, source.Input{Path: dir})
		if n := counts(t, path); n["contact_mentions"] < 2*n["contacts"] {
			t.Fatalf("held %d: %d reports of %d contacts; the test needs contacts that many articles report",
				held, n["contact_mentions"], n["contacts"])
		}
		runImport(t, s, importer.Options{HeldContacts: held}, source.Input{Path: edited})
		sums = append(sums, checksums(t, path))
	}
	for table, sum := range sums[0] {
		if sums[1][table] != sum {
			t.Errorf("table %s differs between holding every contact and holding one", table)
		}
	}
}

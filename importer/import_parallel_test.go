package importer_test

import (
	"fmt"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
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

// TestImportIsDeterministicWithFollowUps imports stories whose reading depends on the
// articles before them (follow-ups that name their people by surname alone, resolved to
// the persons earlier stories named in full and extracted again with them; a second person
// of the same surname who makes the bare surname ambiguous from then on; quotes by
// surname and by "he"), with one worker on one core and with more workers than cores,
// twice each: every table must come out identical, ids included, whichever worker
// analyses which batch and whenever it finishes.
func TestImportIsDeterministicWithFollowUps(t *testing.T) {
	dir := t.TempDir()
	pairs := [][2]string{{"Ilse Arveld", "Tomas Brennick"}, {"Marta Castell", "Oren Dorsan"}, {"Lucia Elvin", "Pavel Faraday"}}
	sur := func(name string) string { return name[strings.LastIndex(name, " ")+1:] }
	for i := range 60 {
		p := pairs[i%len(pairs)]
		day := fmt.Sprintf("2023-04-%02d", 3+i/3%20)
		var body string
		switch {
		case i < 3:
			body = fmt.Sprintf("Foreign Minister %s met Prime Minister %s in Vienna on Monday, officials said.\n\n"+
				"\"We agreed to keep talking,\" %s told reporters after the meeting.\n", p[0], p[1], sur(p[0]))
		case i == 30:
			body = fmt.Sprintf("Karl %s, a trade envoy, met business leaders in Oslo on Monday.\n\n"+
				"\"Markets are calm,\" he said.\n", sur(p[0]))
		case i%2 == 0:
			body = fmt.Sprintf("%s and %s spoke by phone on Thursday, their offices said.\n\n"+
				"\"The call was useful,\" %s said. He added that more talks would follow.\n", sur(p[0]), sur(p[1]), sur(p[1]))
		default:
			body = fmt.Sprintf("%s said on Wednesday that %s would visit next month.\n\n"+
				"\"We look forward to it,\" %s told a news conference.\n", sur(p[0]), sur(p[1]), sur(p[0]))
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("story-%03d.md", i)), story(fmt.Sprintf("Story %d", i), day, body))
	}
	runs := []struct{ procs, workers int }{{1, 1}, {8, 16}, {1, 1}, {8, 16}}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var sums []map[string]string
	for _, r := range runs {
		runtime.GOMAXPROCS(r.procs)
		s, path := newStore(t)
		runImport(t, s, importer.Options{Workers: r.workers}, source.Input{Path: dir})
		if n := counts(t, path); n["quotes"] < 60 || n["contacts"] < 3 {
			t.Fatalf("%d quotes and %d contacts; the test needs the stories read", n["quotes"], n["contacts"])
		}
		sums = append(sums, checksums(t, path))
	}
	for i, r := range runs[1:] {
		for _, table := range slices.Sorted(maps.Keys(sums[0])) {
			if sums[i+1][table] != sums[0][table] {
				t.Errorf("table %s differs between 1 worker on 1 core and %d workers on %d cores (run %d)",
					table, r.workers, r.procs, i+2)
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

package importer_test

import (
	"maps"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
	"hotline/seeds"
)

// TestImportSeedsTwice imports the sample articles, then imports them again: the second
// run finds every article unchanged and changes no row.
func TestImportSeedsTwice(t *testing.T) {
	s, path := newStore(t)
	seedsInput := source.Input{FS: seeds.FS, Path: "."}
	first := runImport(t, s, importer.Options{Version: "test"}, seedsInput)
	if first.New != 5 || first.Articles != 5 || first.Unchanged != 0 || first.Skipped != 0 {
		t.Fatalf("first run: %+v, want 5 new articles", first)
	}
	before := checksums(t, path)
	second := runImport(t, s, importer.Options{Version: "test"}, seedsInput)
	if second.New != 0 || second.Updated != 0 || second.Unchanged != 5 || second.Articles != 5 {
		t.Fatalf("second run: %+v, want 5 unchanged", second)
	}
	if second.Actors.New != 0 || second.Contacts.New != 0 || second.Quotes.New != 0 {
		t.Errorf("second run created rows: %+v", second)
	}
	if after := checksums(t, path); !maps.Equal(before, after) {
		for table := range before {
			if before[table] != after[table] {
				t.Errorf("table %s changed on a run with nothing new", table)
			}
		}
	}
	if n := counts(t, path)["imports"]; n != 2 {
		t.Errorf("imports has %d rows, want one per run (2)", n)
	}
}

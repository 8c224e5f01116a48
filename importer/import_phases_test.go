package importer_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

// TestImportRecordsPhases checks that a run books CPU time to the phases that did work
// and keeps them in its imports row, where `hotline import --stats` and SQL find them.
func TestImportRecordsPhases(t *testing.T) {
	s, path := newStore(t)
	dir := t.TempDir()
	generateArticles(t, dir, 20)
	sum := runImport(t, s, importer.Options{}, source.Input{Path: dir})
	p := sum.Phases
	if p.Clean <= 0 || p.Extract <= 0 || p.Write <= 0 || p.Wall <= 0 {
		t.Errorf("phases %+v: clean, extract, write and wall should be positive", p)
	}
	row := queryRows(t, rawDB(t, path), `SELECT cpu_clean > 0, cpu_extract > 0, cpu_write > 0, cpu_index >= 0,
		wall_seconds > 0, abs(cpu_serial - (cpu_read + cpu_write + cpu_resolve + cpu_index)) < 1e-6
		FROM imports WHERE id = ?`, sum.ImportID)
	if len(row) != 1 || row[0] != "1|1|1|1|1|1" {
		t.Errorf("imports row phases %q, want all recorded", row)
	}
	// A first import builds the articles' full-text index beside the analysers: its CPU
	// is kept in cpu_fulltext, the figure --stats prints as 'fulltext'.
	if p.FullText <= 0 || !strings.Contains(sum.Stats(), fmt.Sprintf("fulltext %.2f", p.FullText)) {
		t.Errorf("fulltext CPU %v, stats %q: want positive and printed", p.FullText, sum.Stats())
	}
	row = queryRows(t, rawDB(t, path), `SELECT abs(cpu_fulltext - ?) < 1e-9 FROM imports WHERE id = ?`, p.FullText, sum.ImportID)
	if len(row) != 1 || row[0] != "1" {
		t.Errorf("cpu_fulltext %q, want %v", row, p.FullText)
	}
	// A later import indexes in SQL at the end: no builder, 0.
	more := t.TempDir()
	generateArticles(t, more, 3)
	again := runImport(t, s, importer.Options{}, source.Input{Path: more})
	row = queryRows(t, rawDB(t, path), `SELECT cpu_fulltext FROM imports WHERE id = ?`, again.ImportID)
	if len(row) != 1 || row[0] != "0" && row[0] != "0.0" {
		t.Errorf("an incremental import's cpu_fulltext %q, want 0", row)
	}
}

package importer_test

import (
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
}

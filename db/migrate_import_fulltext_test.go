package db_test

import (
	"context"
	"strings"
	"testing"

	"hotline/db"
)

// TestMigrateImportFullText checks that an old database gains imports.cpu_fulltext, NULL
// for the runs made before, with its description, and that RecordPhases then keeps the
// builder's CPU there, outside cpu_serial.
func TestMigrateImportFullText(t *testing.T) {
	ctx := context.Background()
	s, raw := migratedV1(t)
	if got := joinedRows(t, raw, `SELECT id, cpu_fulltext IS NULL FROM imports`); strings.Join(got, " ") != "1|1" {
		t.Errorf("the old run's cpu_fulltext: %q, want NULL", got)
	}
	desc := joinedRows(t, raw, `SELECT value FROM _metadata WHERE resource = 'imports' AND "column" = 'cpu_fulltext' AND key = 'description'`)
	if len(desc) != 1 || !strings.Contains(desc[0], "full-text") {
		t.Errorf("cpu_fulltext description %q", desc)
	}

	tx := begin(t, s)
	id := startImport(t, tx)
	p := db.Phases{Read: 0.5, Clean: 1, Extract: 4, Write: 2, Resolve: 0.25, Index: 0.75, FullText: 1.5, Total: 11, Wall: 6}
	must(t, tx.RecordPhases(ctx, id, p))
	commit(t, tx)
	got := joinedRows(t, raw, `SELECT cpu_fulltext, cpu_serial, cpu_total FROM imports WHERE id = ?`, id)
	if strings.Join(got, " ") != "1.5|3.5|11" {
		t.Errorf("recorded cpu_fulltext, cpu_serial, cpu_total %q, want 1.5|3.5|11", got)
	}
}

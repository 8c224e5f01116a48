package importer_test

import (
	"testing"

	"hotline/importer"
	"hotline/importer/source"
	"hotline/seeds"
)

// TestAliasesAreNameForms: actor_aliases lists the names an actor goes by. References
// that point at an actor without naming it ("the official", "president", "the Secretary
// of State") are evidence in actor_mentions, not aliases: other articles use them for
// other people.
func TestAliasesAreNameForms(t *testing.T) {
	s, path := newStore(t)
	runImport(t, s, importer.Options{}, source.Input{FS: seeds.FS, Path: "."})
	raw := rawDB(t, path)
	for _, tc := range []struct{ actor, alias string }{
		{"Joe Biden", "president"},
		{"Vladimir Putin", "president"},
		{"White House", "the official"},
		{"Antony Blinken", "Secretary of State"},
	} {
		if n := queryInt(t, raw, `SELECT count(*) FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
			WHERE a.name = ? AND x.alias = ?`, tc.actor, tc.alias); n != 0 {
			t.Errorf("%s has the alias %q", tc.actor, tc.alias)
		}
	}
	if n := queryInt(t, raw, `SELECT count(*) FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
		WHERE a.name = 'Antony Blinken' AND x.alias IN ('Antony J. Blinken', 'Anthony Blinken', 'Blinken')`); n != 3 {
		t.Errorf("Antony Blinken has %d of his 3 printed name forms as aliases", n)
	}
}

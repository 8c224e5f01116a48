package db_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hotline/db"
)

// TestSearchActorsByAlias checks the actors page's search through actors_fts finds an
// actor by any alias the articles printed, not only its canonical name.
func TestSearchActorsByAlias(t *testing.T) {
	s, _ := openStore(t)
	ctx := context.Background()
	tx := begin(t, s)
	zel, err := tx.InsertActor(ctx, db.ActorRow{Name: "Volodymyr Zelensky", Kind: "person", Role: "President", Country: "UA", Key: "volodymyr zelensky"})
	must(t, err)
	other, err := tx.InsertActor(ctx, db.ActorRow{Name: "Andriy Yermak", Kind: "person", Role: "Chief of Staff", Country: "UA", Key: "andriy yermak"})
	must(t, err)
	must(t, tx.AddAlias(ctx, zel, "Zelenskiy", "zelenskiy"))
	must(t, tx.AddAlias(ctx, other, "Yermak", "yermak"))
	commit(t, tx)
	s.Close()

	r := openReader(t, s.Path(), db.ReadOptions{})
	for _, tc := range []struct {
		search string
		want   []int64
	}{
		{"zelenskiy", []int64{zel}},
		{"Zelensky", []int64{zel}},
		{"yermak", []int64{other}},
		{"chief", []int64{other}},
		{"zelenskyy", nil},
	} {
		t.Run(tc.search, func(t *testing.T) {
			res, err := r.TablePage(ctx, db.TableQuery{Table: "actors", Search: tc.search, Size: 10})
			must(t, err)
			if got := idsOf(t, res); !slices.Equal(got, tc.want) {
				t.Errorf("search %q: ids %v, want %v", tc.search, got, tc.want)
			}
		})
	}
}

// TestDeclaredFullText checks that a full-text index declared in _metadata (Datasette's
// fts_table and fts_pk) makes its table searchable, and that a declaration naming what the
// file does not hold is ignored: the table then has no search, as it had none before.
func TestDeclaredFullText(t *testing.T) {
	const schema = `
CREATE TABLE _metadata (resource TEXT NOT NULL DEFAULT '', "column" TEXT NOT NULL DEFAULT '',
	key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (resource, "column", key));
CREATE TABLE people (pid INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE VIRTUAL TABLE people_search USING fts5(name, nicknames);
INSERT INTO people VALUES (1, 'Margaret Thatcher'), (2, 'Ronald Reagan');
INSERT INTO people_search(rowid, name, nicknames) VALUES (1, 'Margaret Thatcher', 'Iron Lady'),
	(2, 'Ronald Reagan', 'The Gipper');`
	tests := []struct {
		name, meta string
		searchable bool
	}{
		{"table and key", `('people', '', 'fts_table', 'people_search'), ('people', '', 'fts_pk', 'pid')`, true},
		{"table alone keys by rowid", `('people', '', 'fts_table', 'people_search')`, true},
		{"no such index", `('people', '', 'fts_table', 'nobody_search'), ('people', '', 'fts_pk', 'pid')`, false},
		{"not an index", `('people', '', 'fts_table', '_metadata')`, false},
		{"no such key column", `('people', '', 'fts_table', 'people_search'), ('people', '', 'fts_pk', 'id')`, false},
		{"a column's key is not the table's", `('people', 'name', 'fts_table', 'people_search')`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "people.db")
			raw, err := sql.Open("sqlite", path)
			must(t, err)
			_, err = raw.Exec(schema + "\nINSERT INTO _metadata(resource, \"column\", key, value) VALUES " + tc.meta)
			raw.Close()
			must(t, err)
			r := openReader(t, path, db.ReadOptions{})
			res, err := r.TablePage(context.Background(), db.TableQuery{Table: "people", Search: "gipper", Size: 10})
			if !tc.searchable {
				wantCode(t, err, db.EINVALID)
				if msg := db.ErrorMessage(err); !strings.Contains(msg, "no full-text index") {
					t.Errorf("message %q does not say the table has no index", msg)
				}
				return
			}
			must(t, err)
			if len(res.Rows) != 1 || !slices.Contains(res.Rows[0], any("Ronald Reagan")) {
				t.Errorf("search gipper: rows %v, want Ronald Reagan's", res.Rows)
			}
		})
	}
}

package db_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotline/db"
)

// TestOpenStoreVersions checks what OpenStore does with files in every state: new, empty,
// already migrated, newer than this program, foreign.
func TestOpenStoreVersions(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name    string
		prepare func(t *testing.T, path string) // makes the file before OpenStore
		code    string                          // expected error code, "" for success
		message string                          // part of the expected message
	}{
		{"missing file", func(*testing.T, string) {}, "", ""},
		{"empty file", func(t *testing.T, path string) { must(t, os.WriteFile(path, nil, 0o644)) }, "", ""},
		{"current schema", func(t *testing.T, path string) { reopen(t, path) }, "", ""},
		{"newer schema", func(t *testing.T, path string) {
			reopen(t, path)
			_, err := rawDB(t, path).Exec(`PRAGMA user_version = 99`)
			must(t, err)
		}, db.ECONFLICT, fmt.Sprintf("hotline.db was written by a newer Hotline (schema 99, this is %d): upgrade Hotline", db.SchemaVersion())},
		{"someone else's database", func(t *testing.T, path string) {
			_, err := rawDB(t, path).Exec(`CREATE TABLE customers(id INTEGER PRIMARY KEY)`)
			must(t, err)
		}, db.ECONFLICT, "not Hotline's"},
		{"meta.schema_version edited", func(t *testing.T, path string) {
			reopen(t, path)
			_, err := rawDB(t, path).Exec(`UPDATE meta SET value = '77' WHERE key = 'schema_version'`)
			must(t, err)
		}, db.ECONFLICT, fmt.Sprintf(`hotline.db: PRAGMA user_version is %d but meta.schema_version is "77"`, db.SchemaVersion())},
		{"user_version edited", func(t *testing.T, path string) {
			reopen(t, path)
			_, err := rawDB(t, path).Exec(`PRAGMA user_version = 0`)
			must(t, err)
		}, db.ECONFLICT, fmt.Sprintf(`hotline.db: PRAGMA user_version is 0 but meta.schema_version is "%d"`, db.SchemaVersion())},
		{"not a database", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, []byte(strings.Repeat("hello, world\n", 100)), 0o644))
		}, db.ECONFLICT, "not a SQLite database"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "hotline.db")
			c.prepare(t, path)
			s, err := db.OpenStore(ctx, path)
			if c.code != "" {
				if err == nil {
					s.Close()
					t.Fatalf("OpenStore accepted the file")
				}
				if db.ErrorCode(err) != c.code || !strings.Contains(db.ErrorMessage(err), c.message) {
					t.Fatalf("OpenStore: code %q, message %q; want %q containing %q",
						db.ErrorCode(err), db.ErrorMessage(err), c.code, c.message)
				}
				return
			}
			if err != nil {
				t.Fatalf("OpenStore: %v", err)
			}
			s.Close()
			raw := rawDB(t, path)
			if v := queryInt(t, raw, `PRAGMA user_version`); v != db.SchemaVersion() {
				t.Errorf("user_version %d, want %d", v, db.SchemaVersion())
			}
			if v := queryInt(t, raw, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'`); v != db.SchemaVersion() {
				t.Errorf("meta schema_version %d, want %d", v, db.SchemaVersion())
			}
			if mode := joinedRows(t, raw, `PRAGMA journal_mode`); mode[0] != "delete" {
				t.Errorf("journal_mode %v, want delete", mode)
			}
		})
	}
}

// reopen creates a current database at path and closes it.
func reopen(tb testing.TB, path string) {
	tb.Helper()
	s, err := db.OpenStore(context.Background(), path)
	must(tb, err)
	must(tb, s.Close())
}

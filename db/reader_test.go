package db_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"hotline/db"
)

func TestOpenReader(t *testing.T) {
	path := writeFixture(t)
	tests := []struct {
		name, path, code string
	}{
		{"existing file", path, ""},
		{"missing file", filepath.Join(t.TempDir(), "nope.db"), db.ENOTFOUND},
		{"directory", t.TempDir(), db.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := db.OpenReader(context.Background(), tc.path, db.ReadOptions{})
			wantCode(t, err, tc.code)
			if err == nil {
				defer r.Close()
				if r.Name() != "fixture" {
					t.Errorf("Name() = %q, want fixture", r.Name())
				}
			}
		})
	}
	t.Run("path with spaces, ?, # and %", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a dir?x=1")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		weird := filepath.Join(dir, "my data #1%20.db")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, weird, string(b))
		r := openReader(t, weird, db.ReadOptions{})
		n, err := r.Count(context.Background(), "events")
		if err != nil || n.N != fixtureRows || r.Name() != "my data #1%20" {
			t.Errorf("Count = %+v, %v; Name = %q", n, err, r.Name())
		}
	})
	t.Run("not a database", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "notes.db")
		writeFile(t, bad, "this is not SQLite at all, just some text that is long enough. "+
			"SQLite checks the header of the first page before it reads anything else.")
		_, err := db.OpenReader(context.Background(), bad, db.ReadOptions{})
		wantCode(t, err, db.EINVALID)
	})
}

func TestSchema(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{})
	s, err := r.Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		hidden      bool
		view        bool
		pk          string
		fts, label  string
		module      string
		incoming    int
		foreignKeys int
	}{
		{name: "events", pk: "id", fts: "events_fts", foreignKeys: 1},
		{name: "people", pk: "id", label: "name", incoming: 1},
		{name: "plain", pk: "rowid"},
		{name: "phone_events", view: true},
		{name: "events_fts", pk: "rowid", module: "fts5"},
		{name: "events_fts_data", hidden: true, pk: "id"},
		{name: "events_fts_config", hidden: true, pk: "k"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := s.Table(tc.name)
			if tb == nil {
				t.Fatalf("no table %s", tc.name)
			}
			pk := ""
			if len(tb.PrimaryKey) > 0 {
				pk = tb.PrimaryKey[0]
			}
			if tb.Hidden != tc.hidden || tb.View != tc.view || pk != tc.pk || tb.FTS != tc.fts ||
				tb.Label != tc.label || tb.Module != tc.module || len(tb.Incoming) != tc.incoming ||
				len(tb.ForeignKeys) != tc.foreignKeys {
				t.Errorf("got hidden=%v view=%v pk=%q fts=%q label=%q module=%q incoming=%d fks=%d, want %+v",
					tb.Hidden, tb.View, pk, tb.FTS, tb.Label, tb.Module, len(tb.Incoming), len(tb.ForeignKeys), tc)
			}
		})
	}
	t.Run("tables before views", func(t *testing.T) {
		last := s.Tables[len(s.Tables)-1]
		if !last.View {
			t.Errorf("last is %s, want the view", last.Name)
		}
	})
	t.Run("foreign key target column", func(t *testing.T) {
		fk := s.Table("events").ForeignKeys[0]
		if fk != (db.ForeignKey{Table: "events", Column: "person_id", RefTable: "people", RefColumn: "id"}) {
			t.Errorf("fk = %+v", fk)
		}
	})
}

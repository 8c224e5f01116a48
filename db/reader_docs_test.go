package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"hotline/db"
)

// newDocumentedDB makes an empty Hotline database (every migration applied) and opens
// it for reading.
func newDocumentedDB(t *testing.T) *db.Reader {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	st, err := db.OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := db.OpenReader(ctx, path, db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// TestEveryTableAndColumnDocumented holds the file to its promise: whoever receives only
// the .db can read what every table, view and column means.
func TestEveryTableAndColumnDocumented(t *testing.T) {
	r := newDocumentedDB(t)
	ctx := context.Background()
	d, err := r.Docs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, err := r.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range s.Tables {
		if tb.Hidden {
			continue
		}
		td, ok := d.Tables[tb.Name]
		if !ok || td.Description == "" {
			t.Errorf("%s has no description", tb.Name)
			continue
		}
		if tb.Module != "" {
			continue // a full-text index's columns are its table's
		}
		for _, c := range tb.Columns {
			if td.Columns[c.Name] == "" {
				t.Errorf("%s.%s has no description", tb.Name, c.Name)
			}
		}
	}
	for _, k := range []string{"title", "description", "source"} {
		if d.Dataset[k] == "" {
			t.Errorf("the dataset has no %s", k)
		}
	}
	if d.Tables["articles"].Rank != 1 || d.Tables["contacts"].Rank == 0 || d.Tables["contact_participants"].Rank != 0 {
		t.Errorf("ranks: articles %d contacts %d contact_participants %d",
			d.Tables["articles"].Rank, d.Tables["contacts"].Rank, d.Tables["contact_participants"].Rank)
	}
}

// TestCannedQueriesRun runs every canned query the file carries against an empty
// database: each must at least be valid SQL over the current schema.
func TestCannedQueriesRun(t *testing.T) {
	r := newDocumentedDB(t)
	ctx := context.Background()
	d, err := r.Docs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Queries) < 3 {
		t.Fatalf("only %d canned queries", len(d.Queries))
	}
	for _, q := range d.Queries {
		t.Run(q.Name, func(t *testing.T) {
			params := map[string]string{}
			for _, p := range db.QueryParams(q.SQL) {
				params[p] = "x"
			}
			if _, err := r.Query(ctx, q.SQL, params); err != nil {
				t.Errorf("%s: %v", q.Name, err)
			}
			if q.Title == "" || q.Description == "" {
				t.Errorf("%s has no title or description", q.Name)
			}
		})
	}
}

func TestDocsOfAForeignFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	conn := rawDB(t, path)
	if _, err := conn.Exec(`CREATE TABLE things (id INTEGER PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	r, err := db.OpenReader(context.Background(), path, db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	d, err := r.Docs(context.Background())
	if err != nil || len(d.Tables) != 0 || len(d.Queries) != 0 {
		t.Errorf("docs of a file without any = %+v, %v", d, err)
	}
}

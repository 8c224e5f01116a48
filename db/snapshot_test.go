package db_test

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"hotline/db"
)

func readSnapshot(tb testing.TB, s *db.Snapshot) []byte {
	tb.Helper()
	b, err := io.ReadAll(s.Content)
	if err != nil {
		tb.Fatal(err)
	}
	if int64(len(b)) != s.Size || s.ETag == "" || s.ModTime.IsZero() {
		tb.Errorf("snapshot of %d bytes says size %d, etag %q, time %v", len(b), s.Size, s.ETag, s.ModTime)
	}
	return b
}

func TestSnapshotHoldsWritersOff(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{})
	s, err := r.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(path)
	if got := readSnapshot(t, s); string(got) != string(want) {
		t.Error("snapshot content differs from the file")
	}
	w := openPlain(t, path)
	if _, err := w.Exec(`INSERT INTO people (name) VALUES ('late')`); err == nil {
		t.Error("a writer committed while the snapshot was open")
	}
	if err := s.Content.Close(); err != nil {
		t.Fatal(err)
	}
	mustExec(t, w, `INSERT INTO people (name) VALUES ('after')`)
}

func TestSnapshotOfWALCopiesCommittedData(t *testing.T) {
	path := writeFixture(t)
	w := openPlain(t, path)
	w.SetMaxOpenConns(1)
	mustExec(t, w, `PRAGMA journal_mode = wal`)
	mustExec(t, w, `PRAGMA wal_autocheckpoint = 0`)
	mustExec(t, w, `INSERT INTO people (name) VALUES ('only in the wal')`)
	r := openReader(t, path, db.ReadOptions{})
	s, err := r.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	writeFile(t, copyPath, string(readSnapshot(t, s)))
	tmp := s.Content.(interface{ Name() string }).Name()
	if err := s.Content.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("temporary copy %s left behind: %v", tmp, err)
	}
	if n := plainInt64s(t, copyPath, `SELECT count(*) FROM people WHERE name = 'only in the wal'`); n[0] != 1 {
		t.Error("the snapshot misses a commit that is still in the WAL")
	}
}

func TestSnapshotImmutable(t *testing.T) {
	path := writeFixture(t)
	r := openReader(t, path, db.ReadOptions{Immutable: true})
	s, err := r.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Content.Close()
	want, _ := os.ReadFile(path)
	if got := readSnapshot(t, s); string(got) != string(want) {
		t.Error("snapshot content differs from the file")
	}
}

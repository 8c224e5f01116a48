package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Snapshot is a consistent copy of the database file, for download.
type Snapshot struct {
	Content io.ReadSeekCloser
	Size    int64
	ModTime time.Time
	ETag    string
}

// Snapshot returns a consistent view of the whole file: no write can land half-way
// through a download of it. Close its Content when done.
//
//   - Immutable: nothing writes the file, so it is served as it is.
//   - Rollback journal (Hotline's journal_mode=DELETE): a read transaction on a dedicated
//     connection holds SHARED lock until Close; a writer cannot commit meanwhile (it waits
//     its busy timeout, then fails), so the file is served as it is at no copying cost.
//     Downloads should therefore not be left hanging (the server's write timeout).
//   - WAL: the newest commits live in the -wal file and a checkpoint may rewrite the main
//     file under a reader, so the file itself is not a snapshot. VACUUM INTO copies the
//     database (as of one read transaction) into a temporary file that is served and
//     removed on Close: one full write of the database per download.
func (r *Reader) Snapshot(ctx context.Context) (*Snapshot, error) {
	if r.opt.Immutable {
		return fileSnapshot(r.path, func() error { return nil })
	}
	abs, err := filepath.Abs(r.path)
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "cannot resolve the database path", Err: err}
	}
	// An internal connection of the default driver, outside the sandbox: it must BEGIN,
	// and VACUUM INTO. It never runs user SQL.
	d, err := sql.Open("sqlite", readDSN(abs, false))
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "cannot open the database for a snapshot", Err: err}
	}
	s, err := snapshotOn(ctx, d, r.path)
	if err != nil {
		d.Close()
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	return s, nil
}

func snapshotOn(ctx context.Context, d *sql.DB, path string) (*Snapshot, error) {
	c, err := d.Conn(ctx)
	if err != nil {
		return nil, err
	}
	s, err := lockedSnapshot(ctx, c, d, path)
	if err != nil {
		c.Close()
	}
	return s, err
}

// lockedSnapshot serves the file under a read transaction, or a copy in WAL mode.
func lockedSnapshot(ctx context.Context, c *sql.Conn, d *sql.DB, path string) (*Snapshot, error) {
	var mode string
	if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return nil, err
	}
	if strings.EqualFold(mode, "wal") {
		return vacuumSnapshot(ctx, c, d, path)
	}
	if _, err := c.ExecContext(ctx, "BEGIN"); err != nil {
		return nil, err
	}
	var n int
	if err := c.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		return nil, err
	}
	return fileSnapshot(path, func() error {
		_, err := c.ExecContext(context.Background(), "ROLLBACK")
		return errors.Join(err, c.Close(), d.Close())
	})
}

// vacuumSnapshot copies the database into a fresh temporary directory.
func vacuumSnapshot(ctx context.Context, c *sql.Conn, d *sql.DB, path string) (*Snapshot, error) {
	dir, err := os.MkdirTemp("", "hotline-snapshot-")
	if err != nil {
		return nil, err
	}
	copyPath := filepath.Join(dir, filepath.Base(path))
	if _, err := c.ExecContext(ctx, "VACUUM INTO ?", copyPath); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s, err := fileSnapshot(copyPath, func() error { return os.RemoveAll(dir) })
	if err != nil {
		return nil, err
	}
	c.Close()
	d.Close()
	// The copy's own time says when it was made; the ETag must change when the data does.
	if st, err := os.Stat(path); err == nil {
		s.ModTime = st.ModTime()
		wal, _ := os.Stat(path + "-wal")
		if wal != nil && wal.ModTime().After(s.ModTime) {
			s.ModTime = wal.ModTime()
		}
		s.ETag = etag(s.Size, s.ModTime)
	}
	return s, nil
}

// fileSnapshot serves path; release runs when the content is closed.
func fileSnapshot(path string, release func() error) (*Snapshot, error) {
	f, err := os.Open(path)
	if err != nil {
		release()
		return nil, &Error{Code: EINTERNAL, Message: "cannot open the database file", Err: err}
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		release()
		return nil, &Error{Code: EINTERNAL, Message: "cannot stat the database file", Err: err}
	}
	return &Snapshot{Content: &releasingFile{File: f, release: release}, Size: st.Size(),
		ModTime: st.ModTime(), ETag: etag(st.Size(), st.ModTime())}, nil
}

func etag(size int64, mod time.Time) string {
	return fmt.Sprintf(`"%x-%x"`, size, mod.UnixNano())
}

// releasingFile is the snapshot's content: closing it also releases what keeps it
// consistent (the read lock, or the temporary copy).
type releasingFile struct {
	*os.File
	release func() error
}

func (f *releasingFile) Close() error {
	return errors.Join(f.File.Close(), f.release())
}

package db

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver the write path uses
)

// Store is a read-write handle on one Hotline database file, for the importer. It holds a
// single connection: SQLite has one writer at a time anyway, and one connection keeps every
// statement of an import inside its transaction.
type Store struct {
	db   *sql.DB
	path string
}

// The write path's connection settings. journal_mode=DELETE (not WAL) keeps the dataset in
// one file and makes a killed import leave a hot rollback journal that the next open rolls
// back, so the previous database survives intact. _txlock=immediate takes the write lock at
// BEGIN, so two concurrent imports wait for each other (busy_timeout) instead of failing
// half-way with SQLITE_BUSY.
const writePragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)" +
	"&_pragma=journal_mode(DELETE)&_pragma=synchronous(FULL)&_txlock=immediate"

// OpenStore opens (creating if needed) the database at path for writing and brings its
// schema up to date. A database made by a newer Hotline is refused with an ECONFLICT error.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, Errorf(EINVALID, "no database file given")
	}
	sqlDB, err := sql.Open("sqlite", "file:"+escapeURIPath(path)+"?"+writePragmas)
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "opening " + path, Err: err}
	}
	sqlDB.SetMaxOpenConns(1)
	s := &Store{db: sqlDB, path: path}
	if err := s.init(ctx); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return s, nil
}

// init checks the file can be opened and migrates it in one transaction, so a failed
// upgrade leaves the file as it was.
func (s *Store) init(ctx context.Context) error {
	name := filepath.Base(s.path)
	if err := s.db.PingContext(ctx); err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return notADatabase(s.path, err)
		}
		return &Error{Code: ECONFLICT, Message: fmt.Sprintf("cannot open %s for writing: %v", s.path, err), Err: err}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return notADatabase(name, err)
	}
	defer tx.Rollback()
	if err := migrate(ctx, tx, name); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return &Error{Code: EINTERNAL, Message: "saving the schema of " + name, Err: err}
	}
	return nil
}

// escapeURIPath escapes the characters that would end or garble the path part of a
// file: URI ('%' first, then '?' and '#').
func escapeURIPath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the connection.
func (s *Store) Close() error { return s.db.Close() }

// Tidy leaves the file self-contained and fast to read after an import: no WAL beside it,
// journal mode DELETE, and fresh query-planner statistics.
func (s *Store) Tidy(ctx context.Context) error {
	for _, q := range []string{sqlCheckpoint, sqlJournalDelete, sqlOptimize} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return &Error{Code: EINTERNAL, Message: "tidying " + s.path, Err: err}
		}
	}
	return nil
}

const (
	sqlUserVersion     = `PRAGMA user_version`
	sqlCountUserTables = `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	sqlCheckpoint      = `PRAGMA wal_checkpoint(TRUNCATE)`
	sqlJournalDelete   = `PRAGMA journal_mode = DELETE`
	sqlOptimize        = `PRAGMA optimize`
	sqlSetMeta         = `INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`
	sqlSetMetaDefault  = `INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`
)

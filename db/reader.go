package db

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Reader is a read-only, sandboxed handle on one database file for the explorer: every
// connection carries an authorizer that allows only reads, and every statement runs
// under the configured time limit. The file is read-only to us, so what is derived from
// it (the schema, unfiltered counts) is cached for the Reader's lifetime.
type Reader struct {
	path string
	opt  ReadOptions
	db   *sql.DB

	schemaOnce sync.Once
	schema     *Schema
	schemaErr  error

	countsMu sync.Mutex
	counts   map[string]Count

	facets facetCache
}

// Defaults for zero ReadOptions fields; they are Datasette's settings.
const (
	defaultSQLTimeLimit    = time.Second
	defaultMaxReturnedRows = 1000
	defaultFacetTimeLimit  = 200 * time.Millisecond
	defaultCountLimit      = 10000
)

func (o ReadOptions) withDefaults() ReadOptions {
	if o.SQLTimeLimit <= 0 {
		o.SQLTimeLimit = defaultSQLTimeLimit
	}
	if o.MaxReturnedRows <= 0 {
		o.MaxReturnedRows = defaultMaxReturnedRows
	}
	if o.FacetTimeLimit <= 0 {
		o.FacetTimeLimit = defaultFacetTimeLimit
	}
	if o.CountLimit <= 0 {
		o.CountLimit = defaultCountLimit
	}
	return o
}

// OpenReader opens path read-only (file:...?mode=ro, immutable=1 when configured) through
// the sandboxed driver and checks that it is a readable SQLite database.
func OpenReader(ctx context.Context, path string, opt ReadOptions) (*Reader, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{Code: EINVALID, Message: "bad database path " + path, Err: err}
	}
	st, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, Errorf(ENOTFOUND, "no database file at %s", path)
	case err != nil:
		return nil, &Error{Code: EINVALID, Message: "cannot read " + path, Err: err}
	case st.IsDir():
		return nil, Errorf(EINVALID, "%s is a directory, not a database file", path)
	}
	r := &Reader{path: path, opt: opt.withDefaults(), db: newSandboxDB(readDSN(abs, opt.Immutable)),
		counts: map[string]Count{}}
	// Each connection reads in parallel with the others (SQLite readers do not block each
	// other), so the pool allows a few per core; a request holds one for its statements.
	n := max(2*runtime.GOMAXPROCS(0), 8)
	r.db.SetMaxOpenConns(n)
	r.db.SetMaxIdleConns(n)
	if _, err := r.Schema(ctx); err != nil {
		r.db.Close()
		if ErrorCode(err) == EINTERNAL {
			return nil, &Error{Code: EINVALID, Message: path + " is not a readable SQLite database", Err: err}
		}
		return nil, err
	}
	return r, nil
}

// readDSN builds the file: URI; only with that prefix does SQLite honour mode=ro (a plain
// name with ?mode=ro is silently read-write and creates missing files).
func readDSN(abs string, immutable bool) string {
	q := "mode=ro&_busy_timeout=500"
	if immutable {
		q += "&immutable=1"
	}
	return (&url.URL{Scheme: "file", Path: abs, RawQuery: q}).String()
}

// Close closes every connection.
func (r *Reader) Close() error { return r.db.Close() }

// Name is the file stem: "hotline" for hotline.db. It is the first segment of every URL.
func (r *Reader) Name() string {
	base := filepath.Base(r.path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Path is the file's path.
func (r *Reader) Path() string { return r.path }

// session starts the work of one request: its time limit and one sandboxed connection,
// both released by the returned func.
func (r *Reader) session(ctx context.Context, limit time.Duration) (context.Context, *sql.Conn, func(), error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	c, err := r.conn(ctx)
	if err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return ctx, c, func() { c.Close(); cancel() }, nil
}

// conn checks out a sandboxed connection with the limits applied; the caller closes it.
func (r *Reader) conn(ctx context.Context) (*sql.Conn, error) {
	c, err := r.db.Conn(ctx)
	if err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	if err := limitConn(c); err != nil {
		c.Close()
		return nil, &Error{Code: EINTERNAL, Message: "cannot limit the connection", Err: err}
	}
	return c, nil
}

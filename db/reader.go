package db

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// Reader is a read-only, sandboxed handle on one database file for the explorer: every
// connection carries an authorizer that allows only reads, and every statement runs
// under the configured time limit. What is derived from the file (the schema, unfiltered
// counts) is cached per generation of the file: an import that replaces the file starts
// a new generation at the next request, so nothing shown is ever stale (generation.go).
// An immutable file has one generation for the Reader's lifetime.
type Reader struct {
	path string
	abs  string
	opt  ReadOptions

	openMu sync.Mutex // one generation is opened at a time
	genMu  sync.Mutex // guards gen, failed and every generation's refs
	gen    *generation
	failed fileID // a file state that could not be opened, not retried
	genSeq uint64 // the last generation's seq; guarded by openMu

	answers answerCache        // ad hoc answers of the current generation (adhoc_cache.go)
	flights singleflight.Group // ad hoc statements running now (adhoc_flight.go)
	hooks   adhocHooks
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
	return o.adhocDefaults()
}

// OpenReader opens path read-only (file:...?mode=ro, immutable=1 when configured) through
// the sandboxed driver and checks that it is a readable SQLite database.
func OpenReader(ctx context.Context, path string, opt ReadOptions) (*Reader, error) {
	abs, err := existingFile(path)
	if err != nil {
		return nil, err
	}
	r := &Reader{path: path, abs: abs, opt: opt.withDefaults()}
	r.answers.limit = r.opt.AnswerCacheBytes
	id, err := fileState(abs)
	if err != nil {
		return nil, &Error{Code: EINVALID, Message: "cannot read " + path, Err: err}
	}
	if r.gen, err = r.openGeneration(ctx, id); err != nil {
		if ErrorCode(err) == EINTERNAL {
			return nil, &Error{Code: EINVALID, Message: path + " is not a readable SQLite database", Err: err}
		}
		return nil, err
	}
	return r, nil
}

// existingFile returns the absolute path of the database file at path, or the error to
// show when there is none: a reader opening a missing file read-only must say so rather
// than let SQLite fail on it (or, without mode=ro, create it).
func existingFile(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", &Error{Code: EINVALID, Message: "bad database path " + path, Err: err}
	}
	st, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", Errorf(ENOTFOUND, "no database file at %s", path)
	case err != nil:
		return "", &Error{Code: EINVALID, Message: "cannot read " + path, Err: err}
	case st.IsDir():
		return "", Errorf(EINVALID, "%s is a directory, not a database file", path)
	}
	return abs, nil
}

// readDSN builds the file: URI; only with that prefix does SQLite honour mode=ro (a plain
// name with ?mode=ro is silently read-write and creates missing files). An immutable file
// is also memory-mapped: a scan then reads the OS's cached pages in place instead of
// copying each into every connection's own 2 MB page cache (a count over 400,000 index
// entries costs a fifth less CPU), and all connections share one copy. Only an immutable
// file: a mapping of a file that another program truncates faults instead of failing.
func readDSN(abs string, immutable bool) string {
	q := "mode=ro&_busy_timeout=500"
	if immutable {
		q += "&immutable=1&_pragma=mmap_size(" + strconv.Itoa(mmapSize) + ")"
	}
	return (&url.URL{Scheme: "file", Path: abs, RawQuery: q}).String()
}

// mmapSize is how much of an immutable file is memory-mapped; it is address space, not
// memory: the OS pages it in and out like any cached file.
const mmapSize = 1 << 30

// Close closes every connection of the current generation.
func (r *Reader) Close() error {
	r.genMu.Lock()
	defer r.genMu.Unlock()
	return r.gen.close()
}

// Name is the file stem: "hotline" for hotline.db. It is the first segment of every URL.
func (r *Reader) Name() string {
	base := filepath.Base(r.path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Path is the file's path.
func (r *Reader) Path() string { return r.path }

// session starts the work of one request: one sandboxed connection, then its time limit,
// both released by the returned func. The limit starts once the connection is ours, so
// it counts execution, not waiting; the wait has a bound of its own (ConnWait). The
// returned context is pinned to the connection's generation, so what the request caches
// lands in the generation it read.
func (r *Reader) session(ctx context.Context, limit time.Duration) (context.Context, *sql.Conn, func(), error) {
	g, release := r.use(ctx)
	ctx = context.WithValue(ctx, genKey{}, g)
	c, err := r.conn(ctx, g)
	if err != nil {
		release()
		return nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, pagesConnKey{}, pagesConn{c, &g.stmts}), limit)
	return ctx, c, func() { g.stmts.forgetBroken(c); c.Close(); cancel(); release() }, nil
}

// pagesConnKey is the context key of a session's connection of the pages pool, whose
// statements eachRow keeps prepared (stmt_cache.go).
type pagesConnKey struct{}

type pagesConn struct {
	conn  *sql.Conn
	stmts *stmtCache
}

// conn checks out a sandboxed connection of g's pages' pool with the limits applied,
// waiting at most ConnWait; the caller closes it.
func (r *Reader) conn(ctx context.Context, g *generation) (*sql.Conn, error) {
	return checkout(ctx, g.db, maxValueLength, r.opt.ConnWait)
}

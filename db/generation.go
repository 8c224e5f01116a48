package db

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"runtime"
	"sync"
	"time"
)

// generation is one state of the served file: a pool of connections opened on it and
// everything the explorer derives from it (the schema, table counts). When the file
// changes, the next request opens a new generation; requests already running keep the
// one they started with, whose connections keep reading the inode they opened, so a
// reader sees the previous or the next complete file and never a mix.
type generation struct {
	id    fileID
	seq   uint64  // 1 for the Reader's first generation, then one more for each
	db    *sql.DB // the explorer's own statements: pages, counts, facets, rows
	adhoc *sql.DB // visitors' SQL: MaxSQLWorkers connections, values capped at MaxValueBytes

	schema *Schema // read when the generation is opened

	countsMu sync.Mutex
	counts   map[string]Count

	docsCache docsCache    // the file's own documentation (reader_docs.go)
	derived   derivedCache // facets and timelines computed on this generation
	stmts     stmtCache    // the pages pool's prepared statements, per connection

	refs    int  // requests using it, plus one while it is current; guarded by Reader.genMu
	retired bool // replaced by a newer generation; closed when refs drops to 0
	settled bool // id.settled was true when the file was last seen unchanged; guarded by Reader.genMu
}

// genKey is the context key under which a request's generation is pinned.
type genKey struct{}

// Pin fixes the file generation a request reads: every call made with the returned
// context sees the same state of the file, even if an import replaces it meanwhile.
// Call release when the request is done. Pin is also where a change of the file is
// noticed (one stat per request), unless the file is served immutable.
func (r *Reader) Pin(ctx context.Context) (context.Context, func()) {
	if _, ok := ctx.Value(genKey{}).(*generation); ok {
		return ctx, func() {}
	}
	g := r.acquire(ctx)
	return context.WithValue(ctx, genKey{}, g), func() { r.release(g) }
}

// use returns the generation of a pinned context, or takes the current one for the
// duration of one call.
func (r *Reader) use(ctx context.Context) (*generation, func()) {
	if g, ok := ctx.Value(genKey{}).(*generation); ok {
		return g, func() {}
	}
	g := r.acquire(ctx)
	return g, func() { r.release(g) }
}

// acquire refreshes the generation if the file changed and takes a reference on it.
func (r *Reader) acquire(ctx context.Context) *generation {
	r.refresh(ctx)
	r.genMu.Lock()
	defer r.genMu.Unlock()
	r.gen.refs++
	return r.gen
}

// release drops a reference; a retired generation closes with its last one.
func (r *Reader) release(g *generation) {
	r.genMu.Lock()
	g.refs--
	closeIt := g.retired && g.refs == 0
	r.genMu.Unlock()
	if closeIt {
		g.close()
	}
}

// refresh opens a new generation when the file is not the one the current generation
// read. Opening fails only when the new file cannot be read at all (a half-copied file
// put in place by hand); the previous generation then goes on serving, and the failed
// state is not retried until the file changes again.
func (r *Reader) refresh(ctx context.Context) {
	if r.opt.Immutable {
		return
	}
	id, err := statFile(r.abs)
	if err != nil {
		return // gone for a moment (replaced by hand, not by rename): keep serving
	}
	if r.reads(&id) {
		return
	}
	r.openMu.Lock()
	defer r.openMu.Unlock()
	if r.reads(&id) {
		return
	}
	// The new generation serves every request after this one: a client that goes away
	// must not cut its opening short.
	octx, cancel := context.WithTimeout(context.WithoutCancel(ctx), openTimeout)
	defer cancel()
	g, err := r.openGeneration(octx, id)
	r.genMu.Lock()
	defer r.genMu.Unlock()
	if err != nil {
		if octx.Err() == nil {
			r.failed = id
		}
		return
	}
	old := r.gen
	old.retired = true
	old.refs--
	if old.refs == 0 {
		go old.close()
	}
	r.gen = g
	r.answers.forget(g.seq)
}

// reads reports whether the file, of which id holds what stat tells, is in the state the
// current generation reads (or the state that could not be opened). The headers are read
// into id unless stat shows no change of a file that had settled (fileid.go): a file
// written less than settleTime ago may have changed within one tick of its clock. Most
// requests therefore cost three stat calls, and those during and just after a write five
// more calls.
func (r *Reader) reads(id *fileID) bool {
	r.genMu.Lock()
	g, failed := r.gen, r.failed
	settled := g.settled && id.sameStat(g.id)
	r.genMu.Unlock()
	if settled {
		return true
	}
	checked := time.Now()
	id.readHeaders(r.abs)
	if *id != g.id {
		return *id == failed
	}
	if id.settled(checked) {
		r.genMu.Lock()
		g.settled = true
		r.genMu.Unlock()
	}
	return true
}

// openGeneration opens a pool on the file as it is now and reads its schema. A hot
// journal left by an interrupted writer is rolled back first (a read-only connection
// cannot), so a crashed import never locks the explorer out.
func (r *Reader) openGeneration(ctx context.Context, id fileID) (*generation, error) {
	if id.journal > 0 && !r.opt.Immutable {
		if err := rollBackHotJournal(ctx, r.abs); err != nil {
			return nil, err
		}
		// The roll-back rewrote the file and removed the journal.
		if again, err := fileState(r.abs); err == nil {
			id = again
		}
	}
	dsn := readDSN(r.abs, r.opt.Immutable)
	r.genSeq++
	g := &generation{id: id, seq: r.genSeq, db: newSandboxDB(dsn, maxValueLength), adhoc: newAdhocDB(dsn, r.opt),
		counts: map[string]Count{}, refs: 1}
	// Each connection reads in parallel with the others (SQLite readers do not block each
	// other), so the pool allows a few per core; a request holds one for its statements.
	n := max(2*runtime.GOMAXPROCS(0), 8)
	g.db.SetMaxOpenConns(n)
	g.db.SetMaxIdleConns(n)
	s, err := r.readSchema(ctx, g)
	if err != nil {
		g.close()
		return nil, err
	}
	g.schema = s
	return g, nil
}

// rollBackHotJournal opens the file for writing just long enough for SQLite to roll back a
// journal left by a writer that died (an older Hotline's import killed with -9, a full
// disk): the first read of a connection that may write does it. A journal that belongs to
// a writer still running is not hot, and the read simply waits for or skips it.
func rollBackHotJournal(ctx context.Context, abs string) error {
	d, err := sql.Open("sqlite", "file:"+escapeURIPath(abs)+"?_pragma=busy_timeout(2000)")
	if err != nil {
		return err
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var n int
	err = d.QueryRowContext(ctx, sqlCountSchema).Scan(&n)
	if errors.Is(err, fs.ErrPermission) {
		return Errorf(EDENIED, "%s has a journal left by an interrupted write, and this user may not roll it back", abs)
	}
	if err != nil {
		return &Error{Code: EINTERNAL, Message: "rolling back the journal an interrupted write left beside " + abs, Err: err}
	}
	return nil
}

const sqlCountSchema = `SELECT count(*) FROM sqlite_master`

// openTimeout bounds the opening of a new generation (a roll-back and the schema read).
const openTimeout = 10 * time.Second

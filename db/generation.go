package db

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"time"
)

// fileID tells one state of a database file from another while reading at most two
// small headers: the inode changes when an import renames a new file into place, the
// size and modification time when something writes the file in place, and the -journal
// beside it when a writer was interrupted (a hot journal that must be rolled back before
// the file can be read). A modification time moves only with the kernel's clock tick (a
// few ms), so two commits in one tick that leave the size alone (an UPDATE in place)
// would look like one state; the header's change counter, which every commit in
// rollback-journal mode increments, and the WAL's salts, which change each time the WAL
// starts again (within one WAL, a commit makes it longer), tell them apart. Answers kept
// for a state (adhoc_cache.go, the facets) depend on that.
type fileID struct {
	dev, ino        uint64
	size, mod       int64
	change          uint64 // the database header's file change counter
	journal, jmod   int64  // size and time of NAME-journal; -1 when there is none
	walSize, walMod int64  // the same for NAME-wal
	walSalts        uint64 // the WAL header's two salts; 0 without a WAL
}

// statFile returns the fileID of the database at abs.
func statFile(abs string) (fileID, error) {
	st, err := os.Stat(abs)
	if err != nil {
		return fileID{}, err
	}
	id := fileID{size: st.Size(), mod: st.ModTime().UnixNano()}
	id.dev, id.ino = inodeOf(st)
	id.journal, id.jmod = sideFile(abs + "-journal")
	id.walSize, id.walMod = sideFile(abs + "-wal")
	id.change = headerWord(abs, 24, 4)
	if id.walSize > 0 {
		id.walSalts = headerWord(abs+"-wal", 16, 8)
	}
	return id, nil
}

// headerWord reads the n-byte big-endian number at off in the file at p (SQLite's
// headers are big-endian), or 0 when it cannot.
func headerWord(p string, off int64, n int) uint64 {
	f, err := os.Open(p)
	if err != nil {
		return 0
	}
	defer f.Close()
	var b [8]byte
	if _, err := f.ReadAt(b[:n], off); err != nil {
		return 0
	}
	var v uint64
	for _, c := range b[:n] {
		v = v<<8 | uint64(c)
	}
	return v
}

func sideFile(p string) (size, mod int64) {
	st, err := os.Stat(p)
	if err != nil {
		return -1, 0
	}
	return st.Size(), st.ModTime().UnixNano()
}

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
	r.genMu.Lock()
	same := id == r.gen.id || id == r.failed
	r.genMu.Unlock()
	if same {
		return
	}
	r.openMu.Lock()
	defer r.openMu.Unlock()
	r.genMu.Lock()
	same = id == r.gen.id || id == r.failed
	r.genMu.Unlock()
	if same {
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

// openGeneration opens a pool on the file as it is now and reads its schema. A hot
// journal left by an interrupted writer is rolled back first (a read-only connection
// cannot), so a crashed import never locks the explorer out.
func (r *Reader) openGeneration(ctx context.Context, id fileID) (*generation, error) {
	if id.journal > 0 && !r.opt.Immutable {
		if err := rollBackHotJournal(ctx, r.abs); err != nil {
			return nil, err
		}
		// The roll-back rewrote the file and removed the journal.
		if again, err := statFile(r.abs); err == nil {
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

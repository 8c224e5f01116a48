package db

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Rewrite is the next version of a database file, written beside it. An import works on a
// copy of the file (".NAME.db.import-new" in the same folder) and Replace renames the
// copy over the original in one step, so that a reader — the explorer, a download, the
// sqlite3 shell — always finds either the previous or the next complete file, never a
// locked or half-written one. A crash, a full disk or Ctrl-C leaves the original as it
// was; the temporary file a crash leaves is removed by the next import.
type Rewrite struct {
	*Store
	target  string // absolute path of the file replaced
	existed bool
	unlock  func()
	done    bool
}

// tempPrefix begins the names of the temporary files of imports into target, so that a
// later import can find and remove the ones a crash left.
func tempPrefix(target string) string { return "." + filepath.Base(target) + ".import-" }

// tempName is the file an import into target builds the next version in. The name is
// fixed so that the imports into one target meet on it (lockTarget); older versions of
// Hotline added a random suffix to tempPrefix instead.
func tempName(target string) string {
	return filepath.Join(filepath.Dir(target), tempPrefix(target)+"new")
}

// BeginRewrite prepares the next version of the database at path: it waits for any other
// import into the same file (imports into other files of its folder go on meanwhile),
// removes temporary files crashed imports into it left, copies the file (when it exists)
// and opens the copy for writing with its schema up to date. Finish with Replace or Abort.
func BeginRewrite(ctx context.Context, path string) (*Rewrite, error) {
	return BeginRewriteWaiting(ctx, path, nil)
}

// BeginRewriteWaiting is BeginRewrite that calls waiting (when not nil) once if it has to
// wait for another import into the file: an import queued behind a long one would
// otherwise sit silent, looking stuck.
func BeginRewriteWaiting(ctx context.Context, path string, waiting func()) (*Rewrite, error) {
	if path == "" {
		return nil, Errorf(EINVALID, "no database file given")
	}
	target, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{Code: EINVALID, Message: "bad database path " + path, Err: err}
	}
	// A symbolic link stays a link: the new version replaces the file it points to.
	if real, err := filepath.EvalSymlinks(target); err == nil {
		target = real
	}
	tmp, unlock, err := lockTarget(ctx, target, waiting)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err // stopped while waiting for another import
		}
		return nil, &Error{Code: EINVALID, Message: "cannot write beside " + path + ": " + err.Error(), Err: err}
	}
	st, err := os.Stat(target)
	switch {
	case err == nil && !st.Mode().IsRegular():
		err = Errorf(EINVALID, "%s is not a regular file", path)
	case errors.Is(err, fs.ErrNotExist):
		err = nil
	case err != nil:
		err = &Error{Code: EINVALID, Message: "cannot read " + path, Err: err}
	}
	w := &Rewrite{target: target, existed: st != nil, unlock: unlock}
	if err == nil {
		err = w.begin(ctx, path, tmp)
	}
	if err != nil {
		removeTemp(tmp) // locking made it; nothing else is left beside the database
		unlock()
		return nil, err
	}
	return w, nil
}

// begin copies the database into tmp, which the caller has locked, and opens the copy.
func (w *Rewrite) begin(ctx context.Context, path, tmp string) error {
	removeStaleTemps(w.target, tmp)
	// The locked file may be a crashed import's: it is emptied (VACUUM INTO writes only
	// into an empty file) and its journal is gone, so SQLite cannot roll one back into it.
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		removeTemp(tmp)
		return &Error{Code: EINVALID, Message: "cannot write beside " + path, Err: err}
	}
	mode := fs.FileMode(0o644)
	if w.existed {
		st, _ := os.Stat(w.target)
		mode = st.Mode().Perm()
		err = copyDatabase(ctx, w.target, f)
	}
	err = errors.Join(err, f.Chmod(mode), f.Close())
	if err != nil {
		removeTemp(tmp)
		return err
	}
	s, err := OpenStore(ctx, tmp)
	if err != nil {
		removeTemp(tmp)
		// The error names the copy; the user knows the file by its own name.
		if e, ok := errors.AsType[*Error](err); ok {
			e.Message = strings.ReplaceAll(e.Message, filepath.Base(tmp), filepath.Base(path))
			e.Message = strings.ReplaceAll(e.Message, tmp, path)
		}
		return err
	}
	w.Store = s
	return nil
}

// copyDatabase copies the database at src into dst as of one read transaction. Opening it
// with a connection that may write lets SQLite roll back a journal an interrupted writer
// left beside it, so the copy is never of a half-written file. A database in WAL mode
// (made so by another tool) is copied with VACUUM INTO, because its newest pages live in
// the -wal file.
func copyDatabase(ctx context.Context, src string, dst *os.File) error {
	d, err := sql.Open("sqlite", "file:"+escapeURIPath(src)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return &Error{Code: EINTERNAL, Message: "opening " + src, Err: err}
	}
	defer d.Close()
	c, err := d.Conn(ctx)
	if err != nil {
		return &Error{Code: EINTERNAL, Message: "opening " + src, Err: err}
	}
	defer c.Close()
	var mode string
	if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return notADatabase(filepath.Base(src), err)
	}
	if strings.EqualFold(mode, "wal") {
		_, err := c.ExecContext(ctx, "VACUUM INTO ?", dst.Name())
		return wrapWrite("copying "+src, err)
	}
	if _, err := c.ExecContext(ctx, "BEGIN"); err != nil {
		return wrapWrite("reading "+src, err)
	}
	defer c.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
	var n int
	if err := c.QueryRowContext(ctx, sqlCountSchema).Scan(&n); err != nil {
		return notADatabase(filepath.Base(src), err)
	}
	in, err := os.Open(src)
	if err != nil {
		return &Error{Code: EINVALID, Message: "cannot read " + src, Err: err}
	}
	defer in.Close()
	if _, err := io.Copy(dst, in); err != nil {
		return &Error{Code: EINTERNAL, Message: "copying " + src, Err: err}
	}
	return nil
}

// Existed says whether the file existed before this rewrite.
func (w *Rewrite) Existed() bool { return w.existed }

// Replace makes the new version durable and renames it over the original: the rename is
// atomic, so readers see the old file or the new one. Readers that have the old file open
// keep reading it until they close it.
func (w *Rewrite) Replace() error {
	if w.done {
		return nil
	}
	w.done = true
	defer w.unlock()
	tmp := w.Store.Path()
	err := w.Store.Close()
	if err == nil {
		err = syncFile(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, w.target)
	}
	if err != nil {
		removeTemp(tmp)
		return &Error{Code: EINTERNAL, Message: "saving " + w.target, Err: err}
	}
	if err := syncDir(filepath.Dir(w.target)); err != nil {
		return &Error{Code: EINTERNAL, Message: "saving " + w.target, Err: err}
	}
	return nil
}

// Abort throws the new version away; the original stays as it was. It is safe to call
// after Replace.
func (w *Rewrite) Abort() error {
	if w.done {
		return nil
	}
	w.done = true
	defer w.unlock()
	err := w.Store.Close()
	removeTemp(w.Store.Path())
	return err
}

// syncFile flushes a file's content to the disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}

// removeTemp removes a temporary database and the side files SQLite may have left.
func removeTemp(path string) {
	for _, p := range []string{path, path + "-journal", path + "-wal", path + "-shm"} {
		os.Remove(p)
	}
}

// removeStaleTemps removes what crashed imports into target left beside it (the journal
// of a crashed import's temporary file among them), except own, the temporary file the
// caller has locked: no running import into target owns the rest. A name with a further
// ".import-" after the prefix belongs to another target (".a.db.import-new" is the
// temporary file of "a.db", ".a.db.import-x.import-new" that of "a.db.import-x"), whose
// import may be running.
func removeStaleTemps(target, own string) {
	prefix := tempPrefix(target)
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(target), globEscape(prefix)+"*"))
	for _, m := range matches {
		if m == own || strings.Contains(strings.TrimPrefix(filepath.Base(m), prefix), ".import-") {
			continue
		}
		os.Remove(m)
	}
}

// globEscape quotes the characters filepath.Match treats specially.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

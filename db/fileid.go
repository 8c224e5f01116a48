package db

import (
	"encoding/binary"
	"os"
	"time"
)

// fileID tells one state of a database file from another without reading it: the inode
// changes when an import renames a new file into place, the size and modification time
// when something writes the file in place, and the -journal beside it when a writer was
// interrupted (a hot journal that must be rolled back before the file can be read).
//
// A modification time moves only with the kernel's clock tick (a few ms), so two commits
// in one tick that leave the size alone (an UPDATE in place) look like one state to stat;
// the header's change counter, which every commit in rollback-journal mode increments,
// and the WAL's salts, which change each time the WAL starts again (within one WAL, a
// commit makes it longer), tell them apart (readHeaders). Answers kept for a state
// (adhoc_cache.go, the facets) depend on that.
type fileID struct {
	dev, ino        uint64
	size, mod       int64
	change          uint64 // the database header's file change counter
	journal, jmod   int64  // size and time of NAME-journal; -1 when there is none
	walSize, walMod int64  // the same for NAME-wal
	walSalts        uint64 // the WAL header's two salts; 0 without a WAL
}

// statFile returns what stat tells of the database at abs: its fileID without the
// headers.
func statFile(abs string) (fileID, error) {
	st, err := os.Stat(abs)
	if err != nil {
		return fileID{}, err
	}
	id := fileID{size: st.Size(), mod: st.ModTime().UnixNano()}
	id.dev, id.ino = inodeOf(st)
	id.journal, id.jmod = sideFile(abs + "-journal")
	id.walSize, id.walMod = sideFile(abs + "-wal")
	return id, nil
}

// fileState returns the whole fileID of the database at abs, headers included.
func fileState(abs string) (fileID, error) {
	id, err := statFile(abs)
	if err == nil {
		id.readHeaders(abs)
	}
	return id, err
}

// readHeaders fills in the counters of the file's headers (two system calls each).
func (id *fileID) readHeaders(abs string) {
	id.change = headerWord(abs, 24, 4)
	id.walSalts = 0
	if id.walSize > 0 {
		id.walSalts = headerWord(abs+"-wal", 16, 8)
	}
}

// sameStat reports whether id and other differ at most in their headers.
func (id fileID) sameStat(other fileID) bool {
	id.change, id.walSalts = other.change, other.walSalts
	return id == other
}

// settleTime is how long after its last write a file's modification times are sure to
// move with the next write: far more than a clock tick, and than the 2 s of the coarsest
// file systems.
const settleTime = 3 * time.Second

// settled reports whether, when checked, every modification time of id was older than
// settleTime: a write after that moves one of them, so stat alone tells the next state.
func (id fileID) settled(checked time.Time) bool {
	newest := max(id.mod, id.jmod, id.walMod)
	return checked.UnixNano()-newest > settleTime.Nanoseconds()
}

// headerWord reads the n-byte big-endian number at off in the file at p (SQLite's
// headers are big-endian), or 0 when it cannot.
func headerWord(p string, off int64, n int) uint64 {
	f, err := os.Open(p)
	if err != nil {
		return 0
	}
	defer f.Close()
	var b [8]byte // right-aligned: the n bytes are the low ones of a big-endian uint64
	if _, err := f.ReadAt(b[8-n:], off); err != nil {
		return 0
	}
	return binary.BigEndian.Uint64(b[:])
}

// sideFile returns the size and modification time of the file at p beside the database
// (its -journal or -wal), or -1 when there is none.
func sideFile(p string) (size, mod int64) {
	st, err := os.Stat(p)
	if err != nil {
		return -1, 0
	}
	return st.Size(), st.ModTime().UnixNano()
}

package db

import (
	"fmt"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// LimitMemory caps the memory all SQLite connections of the process may hold together
// (SQLite's hard heap limit): an allocation past it fails, and the statement that asked
// for it ends with "out of memory", which the sandbox reports as a refusal naming the
// limit. modernc's SQLite is built with memory accounting off (SQLITE_DEFAULT_MEMSTATUS=0),
// and without accounting the limit is silently ignored, so this turns it on first; that
// is only possible before the first connection of the process opens: call it at start-up.
// The soft limit, at three quarters, makes SQLite shrink its caches before the hard one
// is reached.
func LimitMemory(limit int64) error {
	tls := libc.NewTLS()
	defer tls.Close()
	va := libc.Xmalloc(tls, 8)
	if va == 0 {
		return fmt.Errorf("cannot limit SQLite's memory: out of memory")
	}
	defer libc.Xfree(tls, va)
	if rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_MEMSTATUS, libc.VaList(va, int32(1))); rc != sqlite3.SQLITE_OK {
		return fmt.Errorf("cannot limit SQLite's memory once a database is open (sqlite3_config returned %d): limit it at start-up", rc)
	}
	sqlite3.Xsqlite3_hard_heap_limit64(tls, limit)
	sqlite3.Xsqlite3_soft_heap_limit64(tls, limit/4*3)
	return nil
}

// heapLimit is the hard heap limit in force, 0 when none; it is read from SQLite itself
// so that an error message can name it.
func heapLimit() int64 {
	tls := libc.NewTLS()
	defer tls.Close()
	return sqlite3.Xsqlite3_hard_heap_limit64(tls, -1)
}

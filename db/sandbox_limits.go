package db

import (
	"errors"
	"strconv"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// adhocError rewrites the two resource refusals of ad hoc SQL so that they name the limit
// that was hit, since SQLite's own words ("string or blob too big", "out of memory") do
// not say what the user can change.
func (r *Reader) adhocError(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch code := se.Code() & 0xff; {
	case code == sqlite3.SQLITE_TOOBIG, strings.Contains(se.Error(), errTooBig.Error()):
		return &Error{Code: EINVALID, Err: err, Message: "a value would be larger than the " +
			byteSize(int64(r.opt.MaxValueBytes)) + " limit on values in ad hoc SQL: ask for less (substr, length)"}
	case code == sqlite3.SQLITE_NOMEM:
		return &Error{Code: EINVALID, Err: err, Message: memoryMessage()}
	}
	return err
}

// memoryMessage names the memory limit a statement ran into.
func memoryMessage() string {
	limit := "its memory limit"
	if n := heapLimit(); n > 0 {
		limit = "the " + byteSize(n) + " memory limit of SQL on this server"
	}
	return "the query needed more memory than " + limit + " allows: ask for fewer or shorter values"
}

// valueSize is roughly what a scanned value costs in memory.
func valueSize(v any) int {
	switch v := v.(type) {
	case string:
		return len(v) + 16
	case []byte:
		return len(v) + 24
	}
	return 16
}

// byteSize writes n bytes for people: "8 MB", "512 kB", "100 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " kB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

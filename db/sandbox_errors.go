package db

import (
	"context"
	"errors"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// deniedMessage is what a user sees when the sandbox refuses a statement.
const deniedMessage = "this SQL is not allowed: only read-only queries (SELECT) can run here"

// sqlError turns an error of the driver into an *Error with a code and a message a user
// can act on: the authorizer's refusal is EDENIED, the time limit is ETIMEOUT, SQLite's
// own complaints about the SQL (syntax, unknown column, FTS query syntax) are EINVALID
// with SQLite's words, and anything else is EINTERNAL.
func sqlError(err error, limit time.Duration) error {
	var e *Error
	var se *sqlite.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &e):
		return err
	case errors.Is(err, context.DeadlineExceeded):
		return timeoutError(limit, err)
	case errors.Is(err, context.Canceled):
		return &Error{Code: EINTERNAL, Message: "the request was cancelled", Err: err}
	case errors.As(err, &se):
		return sqliteError(se, limit)
	}
	return &Error{Code: EINTERNAL, Message: "database error", Err: err}
}

func sqliteError(se *sqlite.Error, limit time.Duration) error {
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_AUTH, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return &Error{Code: EDENIED, Message: deniedMessage, Err: se}
	case sqlite3.SQLITE_INTERRUPT:
		return timeoutError(limit, se)
	case sqlite3.SQLITE_NOMEM:
		return &Error{Code: EINVALID, Message: memoryMessage(), Err: se}
	case sqlite3.SQLITE_ERROR, sqlite3.SQLITE_TOOBIG, sqlite3.SQLITE_RANGE, sqlite3.SQLITE_MISMATCH,
		sqlite3.SQLITE_CONSTRAINT:
		msg := cleanSQLiteMessage(se.Error())
		if strings.Contains(msg, "not authorized") {
			return &Error{Code: EDENIED, Message: deniedMessage, Err: se}
		}
		return &Error{Code: EINVALID, Message: msg, Err: se}
	}
	return &Error{Code: EINTERNAL, Message: "database error", Err: se}
}

// timeoutError is ETIMEOUT; limit 0 means the caller's own deadline (a stream has none).
func timeoutError(limit time.Duration, err error) error {
	msg := "the query ran out of time and was cancelled"
	if limit > 0 {
		msg = "the query took longer than " + limit.String() + " and was cancelled"
	}
	return &Error{Code: ETIMEOUT, Message: msg, Err: err}
}

// driverNoise matches what the driver wraps around SQLite's own message:
// "SQL logic error: no such column: x (1)" -> "no such column: x".
func cleanSQLiteMessage(msg string) string {
	if i := strings.LastIndex(msg, " ("); i >= 0 && strings.HasSuffix(msg, ")") &&
		strings.Trim(msg[i+2:len(msg)-1], "0123456789") == "" {
		msg = msg[:i]
	}
	for _, p := range []string{"SQL logic error: ", "string or blob too big: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	if msg == "unterminated string" || strings.HasPrefix(msg, "fts5: syntax error") {
		// FTS5's complaints about a MATCH value name neither the search nor a way out.
		msg = ftsPrefix + strings.TrimPrefix(msg, "fts5: ") +
			` (a full-text search is FTS5 syntax: put words with quotes or punctuation in double quotes, "like this")`
	}
	return msg
}

// ftsPrefix starts the message of a search FTS5 could not read.
const ftsPrefix = "bad full-text search: "

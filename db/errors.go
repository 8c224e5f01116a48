package db

import (
	"errors"
	"fmt"
)

// Error codes say what kind of failure an error is, so that callers (the web explorer's
// error adapter, the CLI) can map them to a status or an exit code in one table without
// parsing messages. The set follows benbjohnson/wtf.
const (
	EINVALID  = "invalid"   // the caller's input is wrong: bad parameter, bad SQL, unknown column
	ENOTFOUND = "not_found" // no such table, view, row or query
	EDENIED   = "denied"    // the sandbox refused the statement (writes, ATTACH, ...)
	ETIMEOUT  = "timeout"   // the time limit cancelled the statement
	ECONFLICT = "conflict"  // the database is newer than this program, or otherwise unusable
	EBUSY     = "busy"      // every connection (or SQL worker) stayed taken: try again later
	EINTERNAL = "internal"  // anything else; its message is not shown to web users
)

// Error is an error with a code and a message that is safe to show to the user.
type Error struct {
	Code    string
	Message string
	Err     error // the underlying cause, for logs; may be nil
}

func (e *Error) Error() string {
	if e.Err != nil && e.Code == EINTERNAL {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted, user-facing message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other
// non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the user-facing message of err: the message of the first *Error in
// its chain, or a generic text for internal errors so that no internals leak to users.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return "internal error"
}

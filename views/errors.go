package views

import (
	"errors"
	"net/http"
	"strings"

	"hotline/db"
)

// handlerFunc is a handler that returns its error instead of writing it, so that one
// adapter decides how every failure looks.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// statusOf maps an error to an HTTP status. It is the one table from db's error codes to
// statuses:
//
//	EINVALID  400 bad parameter, bad SQL, unknown column
//	ENOTFOUND 404
//	EDENIED   403 the sandbox refused the statement, or SQL/downloads are disabled
//	ETIMEOUT  400 as Datasette does: the request asked for too much, retrying will not help
//	ECONFLICT 409
//	EBUSY     503 with Retry-After: every connection or SQL worker stayed taken
//	EINTERNAL 500 generic message; the real error goes to the log
//
// A statusError (wrong method, foreign Host, full queue) carries its own status.
func statusOf(err error) int {
	if se, ok := asStatusError(err); ok {
		return se.status
	}
	switch db.ErrorCode(err) {
	case db.EINVALID, db.ETIMEOUT:
		return http.StatusBadRequest
	case db.ENOTFOUND:
		return http.StatusNotFound
	case db.EDENIED:
		return http.StatusForbidden
	case db.ECONFLICT:
		return http.StatusConflict
	case db.EBUSY:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// handle adapts a handlerFunc: on error it logs what must be logged and writes a status
// page, or a JSON error for .json URLs. Once the response has started (a long CSV
// stream) the status cannot change any more, so the error is only logged.
func (s *Server) handle(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w.Header())
		// One state of the file for the whole request: an import that lands meanwhile is
		// seen by the next request, never half-way through this one.
		ctx, release := s.reader.Pin(r.Context())
		defer release()
		r = r.WithContext(ctx)
		tw := &trackingWriter{ResponseWriter: w}
		err := s.guard(r)
		if err == nil {
			err = h(tw, r)
		}
		if err == nil {
			return
		}
		if r.Context().Err() != nil {
			// The client went away (closed the tab, cancelled a download): there is no one
			// to answer and nothing went wrong on our side.
			s.log.Debug("request abandoned by the client", "url", r.URL.String(), "err", err)
			return
		}
		status := statusOf(err)
		if status == http.StatusInternalServerError {
			s.log.Error("request failed", "method", r.Method, "url", r.URL.String(), "err", err)
		}
		if tw.started {
			if status != http.StatusInternalServerError {
				s.log.Warn("request failed after the response started", "url", r.URL.String(), "err", err)
			}
			return
		}
		msg := db.ErrorMessage(err)
		h := tw.Header()
		h.Del("Content-Disposition") // a failed download is a page, not a file
		h.Del("Content-Type")
		if status == http.StatusServiceUnavailable {
			h.Set("Retry-After", "1")
		}
		if se, ok := asStatusError(err); ok {
			msg = se.message
			for k, v := range se.header {
				h[k] = v
			}
		}
		switch {
		case strings.HasSuffix(r.URL.Path, ".json"):
			s.writeJSONError(tw, status, msg)
		case strings.HasSuffix(r.URL.Path, ".csv"):
			writeCSVError(tw, status, msg)
		default:
			s.renderError(tw, r, status, msg)
		}
	})
}

// trackingWriter remembers whether anything has been written, so the adapter knows if a
// status page can still be sent. Unwrap lets http.ResponseController reach Flush.
type trackingWriter struct {
	http.ResponseWriter
	started bool
}

func (t *trackingWriter) WriteHeader(code int) {
	t.started = true
	t.ResponseWriter.WriteHeader(code)
}

func (t *trackingWriter) Write(p []byte) (int, error) {
	t.started = true
	return t.ResponseWriter.Write(p)
}

func (t *trackingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

// nowhere answers every URL no route matches.
func (s *Server) nowhere(w http.ResponseWriter, r *http.Request) error {
	return notFound("nothing at %s", r.URL.Path)
}

// notFound is a 404 error.
func notFound(format string, args ...any) error {
	return db.Errorf(db.ENOTFOUND, format, args...)
}

// invalid is a 400 error for a bad URL parameter.
func invalid(format string, args ...any) error {
	return db.Errorf(db.EINVALID, format, args...)
}

// isUserError reports whether err's message is meant for the user (not an internal error).
func isUserError(err error) bool {
	var e *db.Error
	return errors.As(err, &e) && e.Code != db.EINTERNAL
}

// denied is a 403 error: the server's settings do not allow what was asked.
func denied(format string, args ...any) error {
	return db.Errorf(db.EDENIED, format, args...)
}

package views

import (
	"errors"
	"net/http"
)

// statusError is an error that is about HTTP itself rather than the database: a method
// other than GET, a Host that is not ours, a Range that cannot be satisfied, a queue that
// is full. It carries its status, the headers that go with it (Allow, Retry-After) and a
// message for the user.
type statusError struct {
	status  int
	message string
	header  http.Header
}

func (e *statusError) Error() string { return e.message }

// httpError is a statusError with optional header pairs ("Allow", "GET, HEAD").
func httpError(status int, message string, header ...string) error {
	e := &statusError{status: status, message: message, header: http.Header{}}
	for i := 0; i+1 < len(header); i += 2 {
		e.header.Set(header[i], header[i+1])
	}
	return e
}

// asStatusError returns the statusError in err's chain, if any.
func asStatusError(err error) (*statusError, bool) {
	var se *statusError
	ok := errors.As(err, &se)
	return se, ok
}

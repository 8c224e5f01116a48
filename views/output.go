package views

import (
	"bufio"
	"mime"
	"net/http"
	"slices"
	"strconv"
)

// output describes a JSON or CSV answer: its format, JSON shape, the primary key columns
// (for _shape=object) and whether it downloads as a file.
type output struct {
	format   string // "json" or "csv"
	shape    string // objects (default), arrays, array, arrayfirst, object
	pk       []string
	download string   // file name for Content-Disposition; "" to show inline
	nl       bool     // _nl=on with _shape=array: one object per line, no brackets
	jsonCols []string // _json: text columns whose values are JSON, written as JSON
}

// field is a named value in a JSON document, kept in order.
type field struct {
	Key   string
	Value any
}

// rowWriter writes rows as they come: begin once with the columns, row per row, end with
// whatever is known only afterwards (the next-page token). Nothing holds more than a
// buffer's worth of output, so a streamed table of any size uses constant memory.
type rowWriter interface {
	begin(columns []string) error
	row(values []any) error
	end(trailer []field) error
}

// flushEvery is how many rows go out between flushes of a stream, so a client sees
// progress and a slow client holds back the database.
const flushEvery = 500

// newRowWriter picks the writer for o.format. head is written before the rows (JSON only).
func newRowWriter(w http.ResponseWriter, o output, head []field) (rowWriter, error) {
	if o.format == "json" && !slices.Contains(shapes(), o.shape) {
		return nil, invalid("_shape must be one of objects, arrays, array, arrayfirst, object, not %q", o.shape)
	}
	if o.download != "" {
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": o.download}))
	}
	body := &bodyWriter{w: w}
	fl := flusher{buf: bufio.NewWriterSize(body, 32<<10), rc: http.NewResponseController(w), body: body}
	if o.format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		return newCSVWriter(fl), nil
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	return &jsonWriter{out: fl, shape: o.shape, head: head, pk: o.pk, nl: o.nl && o.shape == "array", jsonCols: o.jsonCols}, nil
}

// shapes are the JSON shapes, as in Datasette.
func shapes() []string { return []string{"objects", "arrays", "array", "arrayfirst", "object"} }

// flusher is a buffered response that pushes itself to the client every flushEvery rows.
type flusher struct {
	buf  *bufio.Writer
	rc   *http.ResponseController
	body *bodyWriter // what buf writes to
	rows int
}

// bodyWriter is the response under a flusher's buffer; it notes whether any of the body
// has gone out.
type bodyWriter struct {
	w    http.ResponseWriter
	sent bool
}

func (b *bodyWriter) Write(p []byte) (int, error) {
	b.sent = true
	return b.w.Write(p)
}

// tick counts a row and flushes when a batch is complete.
func (f *flusher) tick() error {
	f.rows++
	if f.rows%flushEvery != 0 {
		return nil
	}
	return f.flush()
}

// flush sends what is buffered; a writer that cannot flush (a test recorder) is fine.
func (f *flusher) flush() error {
	if err := f.buf.Flush(); err != nil {
		return err
	}
	if err := f.rc.Flush(); err != nil && err != http.ErrNotSupported {
		return err
	}
	return nil
}

// finish sends what is left once the last row is written. An answer that is still all
// in the buffer (a page of 100 JSON rows is 26 kB) goes out whole with its
// Content-Length: two writes to the socket instead of four or five chunks, which were a
// tenth of a JSON page's CPU. The server flushes the rest as the handler returns.
func (f *flusher) finish() error {
	if !f.body.sent {
		f.body.w.Header().Set("Content-Length", strconv.Itoa(f.buf.Buffered()))
	}
	return f.buf.Flush()
}

// writeRows writes a whole result through a rowWriter.
func writeRows(rw rowWriter, columns []string, rows [][]any, trailer []field) error {
	if err := rw.begin(columns); err != nil {
		return err
	}
	for _, r := range rows {
		if err := rw.row(r); err != nil {
			return err
		}
	}
	return rw.end(trailer)
}

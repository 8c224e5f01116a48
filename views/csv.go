package views

import "encoding/csv"

// csvWriter writes RFC 4180 CSV in UTF-8 with a header row. NULL is an empty field and
// binary values are base64, so every row survives a round trip through a spreadsheet.
type csvWriter struct {
	out    flusher
	cw     *csv.Writer
	fields []string
}

// newCSVWriter writes through out's buffer. csv.Writer keeps no buffer of its own on a
// bufio.Writer of 4 kB or more (bufio.NewWriter returns it as it is), so every record is
// in out.buf as soon as it is written, and flushing out.buf flushes everything.
func newCSVWriter(out flusher) *csvWriter {
	return &csvWriter{out: out, cw: csv.NewWriter(out.buf)}
}

func (c *csvWriter) begin(columns []string) error {
	return c.cw.Write(columns)
}

func (c *csvWriter) row(values []any) error {
	c.fields = c.fields[:0]
	for _, v := range values {
		c.fields = append(c.fields, valueText(v))
	}
	if err := c.cw.Write(c.fields); err != nil {
		return err
	}
	return c.out.tick()
}

// line writes a row already written as CSV (db.StreamTableCSV), after the header.
func (c *csvWriter) line(s string) error {
	c.out.buf.WriteString(s)
	return c.out.tick()
}

func (c *csvWriter) end([]field) error {
	if err := c.out.finish(); err != nil {
		return err
	}
	return c.cw.Error()
}

package views

import "encoding/csv"

// csvWriter writes RFC 4180 CSV in UTF-8 with a header row. NULL is an empty field and
// binary values are base64, so every row survives a round trip through a spreadsheet.
type csvWriter struct {
	out  flusher
	cw   *csv.Writer
	line []string
}

func newCSVWriter(out flusher) *csvWriter {
	c := &csvWriter{out: out, cw: csv.NewWriter(out.buf)}
	c.out.before = c.cw.Flush
	return c
}

func (c *csvWriter) begin(columns []string) error {
	return c.cw.Write(columns)
}

func (c *csvWriter) row(values []any) error {
	c.line = c.line[:0]
	for _, v := range values {
		c.line = append(c.line, valueText(v))
	}
	if err := c.cw.Write(c.line); err != nil {
		return err
	}
	return c.out.tick()
}

func (c *csvWriter) end([]field) error {
	if err := c.out.flush(); err != nil {
		return err
	}
	return c.cw.Error()
}

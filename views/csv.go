package views

import "encoding/csv"

// csvWriter writes RFC 4180 CSV in UTF-8 with a header row. NULL is an empty field and
// binary values are base64, so every row survives a round trip through a spreadsheet.
type csvWriter struct {
	out    flusher
	cw     *csv.Writer
	fields []string
	raw    bool // lines are being written past cw
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
	if !c.raw {
		c.cw.Flush() // the header, still in csv.Writer's own buffer
		c.raw = true
	}
	c.out.buf.WriteString(s)
	return c.out.tick()
}

func (c *csvWriter) end([]field) error {
	if err := c.out.flush(); err != nil {
		return err
	}
	return c.cw.Error()
}

package source

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csv streams a CSV export: a header row naming the fields, then one article per row
// ("file.csv#N", N counting data rows from 1), the fields separated by comma, or by the
// semicolon or tab the header shows (csvDelimiter); comma 0 sniffs, a .tsv file passes
// '\t'. A byte-order mark is ignored. A row with
// the wrong number of fields, a quoting error or text that is not UTF-8 (encoding.go) is
// skipped with its line number; a row above the size limit ends the file.
func (r *reader) csv(in io.Reader, source string, comma rune) error {
	b := newBudget(in, r.opt.MaxArticleBytes)
	br := bufio.NewReader(b)
	if p, err := br.Peek(3); err == nil && bytes.Equal(p, []byte("\uFEFF")) {
		br.Discard(3)
	}
	if comma == 0 {
		comma = csvDelimiter(br)
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	header, err := cr.Read()
	switch {
	case errors.Is(err, io.EOF):
		return errors.New("empty CSV file: no header row")
	case errors.Is(err, errRecordTooBig):
		return fmt.Errorf("header row: %s", r.tooBig())
	case err != nil:
		return fmt.Errorf("invalid CSV header: %v", err)
	}
	if header, err = r.csvRow(cr, header); err != nil {
		return fmt.Errorf("header row: %v", err)
	}
	for i, h := range header {
		header[i] = fieldKey(h)
	}
	for n := 1; ; n++ {
		b.reset()
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		name := fmt.Sprintf("%s#%d", source, n)
		if pe, ok := errors.AsType[*csv.ParseError](err); ok && !errors.Is(err, errRecordTooBig) {
			r.skip(name, fmt.Sprintf("line %d: invalid CSV: %v", pe.StartLine, pe.Err))
			continue
		}
		if errors.Is(err, errRecordTooBig) {
			return fmt.Errorf("row %d: %s; the rest of the file was not read", n, r.tooBig())
		}
		if err != nil {
			return fmt.Errorf("row %d: %w", n, err)
		}
		if row, err = r.csvRow(cr, row); err != nil {
			r.skip(name, err.Error())
			continue
		}
		m := make(map[string]any, len(header))
		for i, h := range header {
			m[h] = row[i]
		}
		if err := r.record(record(m), name); err != nil {
			return err
		}
	}
}

// csvRow applies the encoding policy to the row cr just read: the row is one record, so
// its fields are decoded together or the row is skipped, naming the line and column of
// the first bad byte.
func (r *reader) csvRow(cr *csv.Reader, row []string) ([]string, error) {
	joined := []byte(strings.Join(row, "\n"))
	if firstInvalid(joined) < 0 {
		return row, nil
	}
	if r.opt.Encoding.legacy(joined) {
		out := make([]string, len(row))
		for i, f := range row {
			out[i] = decode1252(f)
		}
		return out, nil
	}
	for i, f := range row {
		if bad := firstInvalid([]byte(f)); bad >= 0 {
			l, c := cr.FieldPos(i)
			dl, dc := position([]byte(f), bad)
			if dl > 0 {
				c = 1 // the bad byte is on a later line of a quoted field
			}
			return nil, fmt.Errorf("line %d, column %d: invalid UTF-8 (byte 0x%02X); the record was skipped "+
				"(set encoding if the file is in a legacy encoding)", l+dl, c+dc-1, f[bad])
		}
	}
	return row, nil
}

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
// ("file.csv#N", N counting data rows from 1). A byte-order mark is ignored. A row with
// the wrong number of fields or a quoting error is skipped with its line number.
func (r *reader) csv(in io.Reader, source string) error {
	br := bufio.NewReader(in)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\uFEFF")) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("empty CSV file: no header row")
		}
		return fmt.Errorf("invalid CSV header: %v", err)
	}
	for i, h := range header {
		header[i] = strings.ToLower(strings.TrimSpace(h))
	}
	for n := 1; ; n++ {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		name := fmt.Sprintf("%s#%d", source, n)
		if pe, ok := errors.AsType[*csv.ParseError](err); ok {
			r.skip(name, fmt.Sprintf("line %d: invalid CSV: %v", pe.StartLine, pe.Err))
			continue
		}
		if err != nil {
			return fmt.Errorf("row %d: %v", n, err)
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

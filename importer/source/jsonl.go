package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// jsonl streams a JSON Lines file: one object per line, blank lines allowed. Lines may be
// of any length. A line that is not valid UTF-8 or not a JSON object is skipped with its
// line number, and the lines after it are still read.
func (r *reader) jsonl(br *bufio.Reader, source string) error {
	var off int64
	lineNo, recNo := 0, 0
	for {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("line %d: cannot read: %v", lineNo+1, err)
		}
		start := off
		off += int64(len(line))
		lineNo++
		if trimmed := bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\uFEFF"))); len(trimmed) > 0 {
			recNo++
			if stop := r.jsonLine(trimmed, start, lineNo, fmt.Sprintf("%s#%d", source, recNo)); stop != nil {
				return stop
			}
		}
		if err != nil {
			return nil
		}
	}
}

// jsonLine reads one record of a JSON Lines file; only a stop error comes back.
func (r *reader) jsonLine(line []byte, start int64, lineNo int, source string) error {
	if i := firstInvalid(line); i >= 0 {
		r.skip(source, fmt.Sprintf("line %d: %v", lineNo, invalidUTF8(start+int64(i))))
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		r.skip(source, fmt.Sprintf("line %d: invalid JSON: %v", lineNo, jsonReason(err)))
		return nil
	}
	if dec.More() {
		r.skip(source, fmt.Sprintf("line %d: invalid JSON: more than one value on the line", lineNo))
		return nil
	}
	return r.record(newRecord(m), source)
}

// record emits one scraped record, or skips it when it has no text.
func (r *reader) record(rec record, source string) error {
	a := rec.article(source)
	if a.Text == "" {
		r.skip(source, "record has no text (looked for text, body, content, maintext, article, description)")
		return nil
	}
	return r.emit(a)
}

// jsonReason words a decoding error: a value of the wrong type is named as such.
func jsonReason(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("expected an object, found %s", te.Value)
	}
	return err.Error()
}

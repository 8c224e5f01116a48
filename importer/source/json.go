package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// jsonFile is the state of reading one .json file: the decoder, and what tells the line
// of a record and bounds its size.
type jsonFile struct {
	dec    *json.Decoder
	lines  *lineCounter
	budget *budget
	source string
}

// json streams a .json file: an array of objects (records "file.json#N"), one object
// (the article "file.json"), or several objects one after another. Elements are decoded
// one at a time, so a large array is never held in memory, and each is checked for UTF-8
// on its raw bytes (encoding/json would silently replace bad bytes). An element that is
// not an object or not UTF-8 is skipped with its line; a syntax error or an element above
// the size limit ends the file, because JSON cannot be resynchronised.
func (r *reader) json(in io.Reader, source string) error {
	b := newBudget(in, r.opt.MaxArticleBytes)
	lc := &lineCounter{r: b}
	br := bufio.NewReader(lc)
	jf := &jsonFile{dec: json.NewDecoder(br), lines: lc, budget: b, source: source}
	switch sniff(br) {
	case formatJSON:
		if _, err := jf.dec.Token(); err != nil {
			return fmt.Errorf("invalid JSON: %v", err)
		}
		return r.jsonValues(jf, 1, false)
	case formatJSONL:
		return r.jsonValues(jf, 1, true)
	}
	return errors.New("invalid JSON: expected an array of objects or an object")
}

// jsonValues decodes the remaining values of the file as records numbered from n. With
// single, a file that holds one object only is the article "file.json", not "file.json#1".
func (r *reader) jsonValues(jf *jsonFile, n int, single bool) error {
	for ; jf.dec.More(); n++ {
		jf.budget.reset()
		var raw json.RawMessage
		err := jf.dec.Decode(&raw)
		if errors.Is(err, errRecordTooBig) {
			return fmt.Errorf("record %d: %s; the rest of the file was not read", n, r.tooBig())
		}
		if err != nil {
			return fmt.Errorf("record %d: invalid JSON: %w; the rest of the file was not read", n, err)
		}
		name := fmt.Sprintf("%s#%d", jf.source, n)
		if single && n == 1 && !jf.dec.More() {
			name = jf.source
		}
		line := jf.lines.lineAt(jf.dec.InputOffset() - int64(len(raw)))
		if stop := r.jsonValue(raw, line, name); stop != nil {
			return stop
		}
	}
	return nil
}

// jsonValue reads one record (an array element, a JSON Lines line) that starts on line;
// only a stop error comes back.
func (r *reader) jsonValue(raw []byte, line int, name string) error {
	raw, err := r.opt.Encoding.text(raw, line)
	if err != nil {
		r.skip(name, err.Error())
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		r.skip(name, fmt.Sprintf("line %d: invalid JSON: %s", line, jsonReason(err)))
		return nil
	}
	if dec.More() {
		r.skip(name, fmt.Sprintf("line %d: invalid JSON: more than one value on the line", line))
		return nil
	}
	return r.record(newRecord(m), name)
}

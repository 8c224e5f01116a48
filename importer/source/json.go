package source

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// json streams a .json file: an array of objects (records "file.json#N"), one object
// (the article "file.json"), or several objects one after another. Elements are decoded
// one at a time, so a large array is never held in memory. An element that is not an
// object is skipped; a syntax error ends the file, because JSON cannot be resynchronised.
func (r *reader) json(in io.Reader, source string) error {
	br := bufio.NewReader(in)
	dec := json.NewDecoder(br)
	dec.UseNumber()
	switch sniff(br) {
	case formatJSON:
		if _, err := dec.Token(); err != nil {
			return fmt.Errorf("invalid JSON: %v", err)
		}
		return r.jsonValues(dec, source, 1)
	case formatJSONL:
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			return fmt.Errorf("invalid JSON: %v", jsonReason(err))
		}
		if !dec.More() {
			return r.record(newRecord(m), source)
		}
		if err := r.record(newRecord(m), source+"#1"); err != nil {
			return err
		}
		return r.jsonValues(dec, source, 2)
	}
	return errors.New("invalid JSON: expected an array of objects or an object")
}

// jsonValues decodes the remaining values of dec as records numbered from n.
func (r *reader) jsonValues(dec *json.Decoder, source string, n int) error {
	for ; dec.More(); n++ {
		name := fmt.Sprintf("%s#%d", source, n)
		var m map[string]any
		err := dec.Decode(&m)
		if _, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			r.skip(name, "invalid JSON: "+jsonReason(err))
			continue
		}
		if err != nil {
			return fmt.Errorf("record %d: invalid JSON: %v; the rest of the file was not read", n, err)
		}
		if err := r.record(newRecord(m), name); err != nil {
			return err
		}
	}
	return nil
}

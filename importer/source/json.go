package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
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
	rec := newRecord(m)
	// An API response has neither title nor body of its own; an article record without a
	// body stays a record without text (its comments are not articles).
	if rec.title() == "" && rec.text() == "" && rec.page() == "" {
		if list := envelope(rec, 3); list != nil {
			return r.envelopeRecords(list, name)
		}
	}
	return r.record(rec, name)
}

// envelope returns the list of articles an API response wraps (NewsAPI's "articles",
// Event Registry's articles.results, the Guardian's response.results, WordPress's array,
// Elasticsearch's hits.hits): the first array of objects at most depth levels down, in the
// order of the sorted keys, one of whose objects holds article text. nil when there is none.
func envelope(rec record, depth int) []any {
	if depth == 0 {
		return nil
	}
	for _, k := range slices.Sorted(maps.Keys(rec)) {
		switch v := rec[k].(type) {
		case []any:
			for _, e := range v {
				if m, ok := e.(map[string]any); ok && articleLike(m) {
					return v
				}
			}
		case map[string]any:
			if list := envelope(newRecord(v), depth-1); list != nil {
				return list
			}
		}
	}
	return nil
}

// articleLike reports an element with a body (in its "_source" for Elasticsearch).
func articleLike(m map[string]any) bool {
	rec := newRecord(hitSource(m))
	return rec.text() != "" || rec.page() != ""
}

// hitSource is an element of a response's list as an article: Elasticsearch keeps the
// document in a hit's "_source", other APIs give the article itself.
func hitSource(m map[string]any) map[string]any {
	if src, ok := m["_source"].(map[string]any); ok {
		return src
	}
	return m
}

// envelopeRecords reads the articles of an API response as records name#1, name#2, ...
// An element that is not an object is skipped with its place.
func (r *reader) envelopeRecords(list []any, name string) error {
	base, _, _ := strings.Cut(name, "#")
	for i, e := range list {
		n := fmt.Sprintf("%s#%d", base, i+1)
		if name != base {
			n = fmt.Sprintf("%s.%d", name, i+1)
		}
		m, ok := e.(map[string]any)
		if !ok {
			r.skip(n, "an element of the response's list of articles is not an object")
			continue
		}
		if stop := r.record(newRecord(hitSource(m)), n); stop != nil {
			return stop
		}
	}
	return nil
}

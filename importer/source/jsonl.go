package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonl streams a JSON Lines file: one object per line, blank lines allowed. A line above
// the article size limit, not UTF-8 (encoding.go) or not a JSON object is skipped with its
// line number, and the lines after it are still read.
func (r *reader) jsonl(br *bufio.Reader, source string) error {
	lineNo, recNo := 0, 0
	for {
		line, long, err := readLine(br, r.opt.MaxArticleBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("line %d: cannot read: %w", lineNo+1, err)
		}
		lineNo++
		switch trimmed := bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\uFEFF"))); {
		case long:
			recNo++
			r.skip(fmt.Sprintf("%s#%d", source, recNo), fmt.Sprintf("line %d: %s", lineNo, r.tooBig()))
		case len(trimmed) > 0:
			recNo++
			if stop := r.jsonValue(trimmed, lineNo, fmt.Sprintf("%s#%d", source, recNo)); stop != nil {
				return stop
			}
		}
		if err != nil {
			return nil
		}
	}
}

// record emits one scraped record, or skips it when it has no text or too much. A record
// whose body is a whole web page, or that keeps only the page (record.page), is read as the
// page (readPage), its own fields before the page's metadata.
func (r *reader) record(rec record, source string) error {
	a := rec.article(source)
	if page := rec.page(); isPage(a.Text) || a.Text == "" && page != "" {
		if a.Text == "" {
			a.Text = page
		}
		p, err := r.readPage(a.Text, source)
		if err != nil {
			r.skip(source, err.Error())
			return nil
		}
		a = mergePage(a, p)
	}
	a.Title, a.Text = r.markup.plainText(a.Title), r.markup.plainText(a.Text)
	if strings.HasSuffix(strings.TrimRight(a.Text, " \t\r\n"), " chars]") { // the regexp would scan every body
		a.Text = r.markup.truncated.ReplaceAllString(a.Text, "")
	}
	switch {
	case a.Text == "":
		r.skip(source, "record has no text (looked for text, body, content, maintext, article, description)")
		return nil
	case int64(len(a.Text)) > r.opt.MaxArticleBytes:
		r.skip(source, r.tooBig())
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

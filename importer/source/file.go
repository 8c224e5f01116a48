package source

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// format is how the articles of a file are laid out.
type format int

const (
	formatUnknown format = iota
	formatText           // one article, plain text or Markdown
	formatJSONL          // one JSON object per line
	formatJSON           // a JSON array of objects, or objects one after another
	formatCSV            // a header row, then one article per row
	formatTSV            // the same, the fields separated by tabs
	formatSGML           // a wire archive's <DOC> elements (sgml.go)
	formatFeed           // an RSS or Atom feed's items (feed.go)
	formatHTML           // a saved web page, one article (htmlpage.go)
	formatWARC           // a Web ARChive's pages (warc.go)
	formatZip            // a zip archive's members, as a folder's files (zip.go)
)

// formatOf maps a file extension to its format.
func formatOf(ext string) format {
	switch strings.ToLower(ext) {
	case ".txt", ".text", ".md", ".markdown":
		return formatText
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".json":
		return formatJSON
	case ".csv":
		return formatCSV
	case ".tsv", ".tab":
		return formatTSV
	case ".sgml", ".sgm":
		return formatSGML
	case ".rss", ".atom", ".xml":
		return formatFeed
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".warc":
		return formatWARC
	case ".zip":
		return formatZip
	}
	return formatUnknown
}

// file reads the file at p in fsys, named source. A file given by name with no extension
// is sniffed like standard input; inside a folder it is skipped as unsupported, because a
// folder often holds files that are not articles at all. A gzip-compressed file
// ("export.jsonl.gz", how scrapers and the LDC ship corpora) is read through gzip as the
// file its name has without ".gz".
func (r *reader) file(fsys fs.FS, p, source string, named bool) error {
	ext := path.Ext(p)
	gzipped := strings.EqualFold(ext, ".gz")
	if gzipped {
		ext = path.Ext(strings.TrimSuffix(p, path.Ext(p)))
	}
	f := formatOf(ext)
	if f == formatUnknown && !(named && ext == "") {
		if ext == "" {
			return fmt.Errorf("unsupported file type (no extension)")
		}
		return fmt.Errorf("unsupported file type %s", strings.ToLower(ext))
	}
	// Stat follows a symbolic link: what it points to must be a regular file, or opening
	// it could wait forever (a named pipe) or read without end (/dev/zero), even when named
	// on the command line (pipe into "hotline import -" instead).
	st, err := fs.Stat(fsys, p)
	if err != nil {
		return fmt.Errorf("cannot open: %s", statReason(err))
	}
	if !st.Mode().IsRegular() {
		return notRegular(st.Mode())
	}
	fh, err := fsys.Open(p)
	if err != nil {
		return fmt.Errorf("cannot open: %s", statReason(err))
	}
	defer fh.Close()
	if f == formatZip {
		if gzipped {
			return errors.New("a gzipped zip archive is not read (a zip is compressed already: gunzip it)")
		}
		return r.zipArchive(fh, st.Size(), source)
	}
	var in io.Reader = fh
	if gzipped {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return fmt.Errorf("not a gzip file: %v", err)
		}
		defer zr.Close()
		in = zr
	}
	br := bufio.NewReaderSize(in, 64<<10)
	if f == formatUnknown {
		f = sniff(br)
	}
	if f == formatText && sniffSGML(br) {
		f = formatSGML // a wire archive saved as .txt or with no extension
	}
	if f == formatText && !gzipped && st.Size() > r.opt.MaxArticleBytes {
		return errors.New(r.tooBig())
	}
	return r.counted(func() error { return r.stream(f, br, source) })
}

// noRecords is the reason given for a file that held no article at all: an empty JSON
// Lines file, "[]", a CSV file with a header row only. Saying so beats importing nothing
// without a word.
var noRecords = errors.New("no articles in the file (it is empty)")

// counted runs read and reports an input in which it found no record at all.
func (r *reader) counted(read func() error) error {
	before := r.records
	if err := read(); err != nil {
		return err
	}
	if r.records == before {
		return noRecords
	}
	return nil
}

// stream reads the articles of one input of a known format. A byte-order mark or a
// declared encoding is decoded first (encoding.go); a text article is read up to the size
// limit, the other formats are streamed record by record.
func (r *reader) stream(f format, br *bufio.Reader, source string) error {
	if f == formatWARC { // binary: its pages are decoded one by one (responseUTF8)
		return r.warc(bufio.NewReaderSize(ctxReader{r.ctx, br}, 64<<10), source)
	}
	in := r.opt.Encoding.decoding(ctxReader{r.ctx, br})
	switch f {
	case formatJSONL:
		return r.jsonl(bufio.NewReaderSize(in, 64<<10), source)
	case formatJSON:
		return r.json(in, source)
	case formatCSV:
		return r.csv(in, source, 0)
	case formatTSV:
		return r.csv(in, source, '\t')
	case formatSGML:
		return r.sgml(bufio.NewReaderSize(in, 64<<10), source)
	case formatFeed:
		return r.feed(in, source)
	case formatHTML:
		return r.htmlPage(in, source)
	}
	data, err := io.ReadAll(io.LimitReader(in, r.opt.MaxArticleBytes+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > r.opt.MaxArticleBytes {
		return errors.New(r.tooBig())
	}
	if data, err = r.opt.Encoding.text(data, 1); err != nil {
		return err
	}
	a, err := r.parseText(data)
	if err != nil {
		return err
	}
	a.Source = source
	return r.emit(a)
}

// stdin reads standard input, whose format is told by its first non-space byte.
func (r *reader) stdin(in io.Reader) error {
	if in == nil {
		r.skip("stdin", "no standard input to read")
		return nil
	}
	br := bufio.NewReaderSize(in, 64<<10)
	return r.settle("stdin", r.counted(func() error { return r.stream(sniff(br), br, "stdin") }))
}

// sniff tells the format of a stream by its first non-space byte: '{' starts JSON Lines,
// '[' a JSON array, "<DOC" a wire archive in SGML, anything else is the text of one
// article. It only peeks.
func sniff(br *bufio.Reader) format {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n || err != nil {
			return formatText
		}
		switch c := b[n-1]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xEF || c == 0xBB || c == 0xBF:
			continue
		case c == '{':
			return formatJSONL
		case c == '[':
			return formatJSON
		case c == '<' && sniffSGML(br):
			return formatSGML
		case c == '<' && sniffHTML(br):
			return formatHTML
		case c == 'W' && sniffWARC(br):
			return formatWARC
		default:
			return formatText
		}
	}
}

// ctxReader stops reading when the import is cancelled (Ctrl-C), even in the middle of a
// record that never ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, stopError{err}
	}
	return c.r.Read(p)
}

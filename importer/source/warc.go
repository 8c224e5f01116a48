package source

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Web ARChive files (WARC, ISO 28500) are how crawls of the web are kept and shared:
// Common Crawl's CC-NEWS (news sites crawled every day since 2016, the corpus most news
// research starts from), the Internet Archive, and what wget --warc-file, Browsertrix or
// Heritrix write. A file is a sequence of records, each a block of "Name: value" header
// lines after a "WARC/1.x" line, then Content-Length bytes, then two line ends; a .warc.gz
// compresses each record as its own gzip member, which Go's gzip reader reads as one
// stream. A page is a 'response' record that holds the HTTP response: status line,
// headers, then the HTML.

// warcVersion is how every record opens.
const warcVersion = "WARC/1."

// sniffWARC reports a stream that opens as a WARC file does. It only peeks.
func sniffWARC(br *bufio.Reader) bool {
	b, _ := br.Peek(len(warcVersion))
	return string(b) == warcVersion
}

// warc streams the web pages of a WARC file as articles source#1, source#2, ...: each
// 'response' record with HTTP status 200 and an HTML body, read as a page (readPage), its
// address the record's target URI. The archive's other records (requests, metadata,
// redirects, images, scripts) pass without a word: a crawl holds several for each page.
// A page above the size limit (its HTML, not the videos a crawl also holds), or with no
// story, is skipped with its number; a record that breaks the format ends the file, after
// the pages before it.
func (r *reader) warc(br *bufio.Reader, source string) error {
	pages, read := 0, 0 // response records; pages read or skipped
	for {
		hdr, err := warcHeader(br)
		if errors.Is(err, io.EOF) {
			if read == 0 {
				r.skip(source, "no HTML pages in the web archive (only other kinds of records)")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("web archive record after page %d: %v", pages, err)
		}
		length, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
		if err != nil || length < 0 {
			return fmt.Errorf("web archive record after page %d: bad Content-Length %q", pages, hdr.Get("Content-Length"))
		}
		block := io.LimitReader(br, length)
		if isPageRecord(hdr) {
			pages++
			name := fmt.Sprintf("%s#%d", source, pages)
			// wget writes the URI in angle brackets, as the WARC 1.0 standard's examples do.
			uri := strings.Trim(strings.TrimSpace(hdr.Get("WARC-Target-URI")), "<>")
			page, stop := r.warcPage(block, uri, name)
			if stop != nil {
				return stop
			}
			if page {
				read++
			}
		}
		// The rest of the block; the line ends after it are the blank lines warcHeader
		// passes over.
		if _, err := io.Copy(io.Discard, block); err != nil {
			return fmt.Errorf("web archive page %d: cannot read: %w", pages, err)
		}
	}
}

// warcHeader reads a record's version line and header fields, past the blank lines that
// end the record before; io.EOF at the end of the file.
func warcHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	for {
		line, err := br.ReadString('\n')
		if strings.TrimSpace(line) == "" {
			if err != nil {
				return nil, io.EOF
			}
			continue // blank lines between records
		}
		if !strings.HasPrefix(line, warcVersion) {
			return nil, fmt.Errorf("expected a %sx line, found %.40q", warcVersion, line)
		}
		break
	}
	hdr, err := textproto.NewReader(br).ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("bad header: %v", err)
	}
	return hdr, nil
}

// isPageRecord reports a record that holds an HTTP response.
func isPageRecord(hdr textproto.MIMEHeader) bool {
	return strings.EqualFold(hdr.Get("WARC-Type"), "response") &&
		strings.HasPrefix(strings.ToLower(hdr.Get("Content-Type")), "application/http")
}

// warcPage reads one HTTP response as an article, or skips it, and reports whether it
// was a page: a status other than 200 or a body that is not HTML is passed over (a
// redirect, an image, a script); a page with no story is skipped with the reason. stop
// ends the whole read.
func (r *reader) warcPage(block io.Reader, uri, name string) (page bool, stop error) {
	resp, err := http.ReadResponse(bufio.NewReader(block), nil)
	if err != nil {
		r.skip(name, fmt.Sprintf("not an HTTP response: %v", err))
		return true, nil
	}
	defer resp.Body.Close()
	media, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if resp.StatusCode != http.StatusOK || (media != "text/html" && media != "application/xhtml+xml") {
		return false, nil
	}
	return true, r.warcHTML(resp, params["charset"], uri, name)
}

// warcHTML reads the HTML body of a response as an article.
func (r *reader) warcHTML(resp *http.Response, declared, uri, name string) error {
	body, err := decodedBody(resp)
	if err != nil {
		r.skip(name, err.Error())
		return nil
	}
	a, err := r.pageFrom(body, func(data []byte) ([]byte, error) { return r.responseUTF8(data, declared) }, name)
	if err != nil {
		r.skip(name, err.Error())
		return nil
	}
	if a.URL == "" {
		a.URL = uri
	}
	return r.emit(a)
}

// responseUTF8 returns a response's HTML as UTF-8: decoded by the charset its
// Content-Type declares, else by the encoding setting when one is declared and the bytes
// are not UTF-8, else as a saved page's (pageUTF8: UTF-8, the page's <meta>, the policy).
// The archive's bytes reach here undecoded: they hold compressed bodies and byte counts.
func (r *reader) responseUTF8(data []byte, declared string) ([]byte, error) {
	if enc, canonical := charset.Lookup(declared); enc != nil && canonical != "utf-8" {
		return enc.NewDecoder().Bytes(data)
	}
	if r.opt.Encoding.dec != nil && !utf8.Valid(data) {
		return r.opt.Encoding.dec.NewDecoder().Bytes(data)
	}
	return r.pageUTF8(data)
}

// decodedBody undoes the compression a server applied (Content-Encoding), which a crawl
// keeps as it came.
func decodedBody(resp *http.Response) (io.Reader, error) {
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
		return resp.Body, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(resp.Body)
	case "deflate":
		br := bufio.NewReader(resp.Body)
		if b, err := br.Peek(2); err == nil && b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0 {
			return zlib.NewReader(br)
		}
		return flate.NewReader(br), nil // raw deflate, as some servers send it
	default:
		return nil, fmt.Errorf("page compressed as %q, which is not read", enc)
	}
}

package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Wire archives in SGML, as TREC and the LDC distribute them (the Wall Street Journal
// from 1987 and AP from 1988 in TREC; AP, the New York Times and Xinhua in Gigaword):
// <DOC> elements one after another, each with its id (a DOCNO element or an id attribute,
// which holds the day: AP880212-0001, APW19950101.0001), a headline (HEAD, HEADLINE, the
// Journal's HL), bylines, a dateline, perhaps a DATE, and the story in TEXT, its
// paragraphs as <P> elements or as indented lines.

// sgmlDoc is how a file of such an archive opens: "<DOC>" or "<DOC id=...>".
var sgmlDoc = regexp.MustCompile(`^\s*<DOC[\s>]`)

// sgmlDay reads the day from a document's id: the letters of the service, then the date
// as YYMMDD (TREC's AP, WSJ) or YYYYMMDD (Gigaword).
var sgmlDay = regexp.MustCompile(`^[A-Za-z_]+(\d{6}|\d{8})(?:\D|$)`)

// sgmlAdvisory is the <DOC ...> tag of a note to editors in Gigaword (type="advis"): a
// schedule of stories to come, whose people met nobody.
var sgmlAdvisory = regexp.MustCompile(`^\s*<DOC\s[^>]*\btype="advis"`)

// sgmlID is the id attribute of a <DOC ...> tag.
var sgmlID = regexp.MustCompile(`<DOC\s[^>]*\bid="([^"]*)"`)

// sniffSGML reports a stream that opens as an SGML wire archive. It only peeks.
func sniffSGML(br *bufio.Reader) bool {
	b, _ := br.Peek(256)
	return sgmlDoc.Match(bytes.TrimPrefix(b, []byte("\uFEFF")))
}

// sgml streams the <DOC> elements of an archive file as records source#1, source#2, ...
// A document above the article size limit is skipped, and the ones after it still read;
// the last one is read without its end tag.
func (r *reader) sgml(br *bufio.Reader, source string) error {
	var doc strings.Builder
	n, in, big := 0, false, false
	for {
		line, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("document %d: cannot read: %w", n+1, err)
		}
		if !in && strings.HasPrefix(strings.TrimSpace(line), "<DOC") {
			in, big = true, false
			doc.Reset()
		}
		if in && !big {
			doc.WriteString(line)
			big = int64(doc.Len()) > r.opt.MaxArticleBytes
		}
		if in && (strings.Contains(line, "</DOC>") || err != nil) { // the last one may lack its end tag
			in, n = false, n+1
			name := fmt.Sprintf("%s#%d", source, n)
			if big {
				r.skip(name, r.tooBig())
			} else if sgmlAdvisory.MatchString(doc.String()) {
				r.skip(name, "an editors' advisory of the archive (type=\"advis\"), not a story")
			} else if stop := r.record(sgmlRecord(doc.String()), name); stop != nil {
				return stop
			}
		}
		if err != nil {
			return nil
		}
	}
}

// sgmlRecord reads one <DOC> element as a scraper's record: its headline, byline, day
// (a DATE or DATE_TIME element, else the id's) and text, the dateline put back before
// the story when the archive printed it apart (as Gigaword does).
func sgmlRecord(doc string) record {
	rec := record{}
	id := sgmlElement(doc, "DOCNO")
	if m := sgmlID.FindStringSubmatch(doc); id == "" && m != nil {
		id = m[1]
	}
	rec["headline"] = firstOf(sgmlElement(doc, "HEADLINE"), sgmlElement(doc, "HEAD"), sgmlElement(doc, "HL"))
	rec["byline"] = strings.TrimPrefix(sgmlElement(doc, "BYLINE"), "By ")
	rec["date"] = firstOf(sgmlElement(doc, "DATE_TIME"), sgmlElement(doc, "DATE"), sgmlIDDay(id))
	text := sgmlElement(doc, "TEXT")
	if dl := sgmlElement(doc, "DATELINE"); dl != "" && !strings.HasPrefix(strings.TrimSpace(stripP(text)), dl) {
		text = dl + " " + strings.TrimSpace(text)
		if rest, ok := strings.CutPrefix(strings.TrimSpace(text[len(dl)+1:]), "<P>"); ok {
			text = "<P>" + dl + " " + strings.TrimSpace(rest)
		}
	}
	rec["text"] = text
	return rec
}

// sgmlElement returns the content of the first element tag in doc, its ends trimmed of
// blank lines but not of the indent of its first line, or "".
func sgmlElement(doc, tag string) string {
	_, rest, ok := strings.Cut(doc, "<"+tag+">")
	if !ok {
		return ""
	}
	content, _, ok := strings.Cut(rest, "</"+tag+">")
	if !ok {
		return ""
	}
	return strings.TrimRight(strings.TrimLeft(content, "\r\n"), " \t\r\n")
}

// sgmlIDDay is the day a document's id holds, as YYYY-MM-DD ("AP880212-0001" is
// 1988-02-12), or "". Two-digit years from 50 are of the 1900s.
func sgmlIDDay(id string) string {
	m := sgmlDay.FindStringSubmatch(strings.TrimSpace(id))
	if m == nil {
		return ""
	}
	d := m[1]
	if len(d) == 6 {
		century := "20"
		if d[0] >= '5' {
			century = "19"
		}
		d = century + d
	}
	return d[:4] + "-" + d[4:6] + "-" + d[6:]
}

// stripP is s without a <P> that opens it.
func stripP(s string) string {
	return strings.TrimPrefix(strings.TrimSpace(s), "<P>")
}

// firstOf returns the first non-empty string of ss, or "".
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// A saved web page (.html, .htm: a browser's "Save page as", wget, a crawler's raw pages)
// holds one article among its site's furniture: menus, related stories, comments, sign-up
// boxes, footers. Telling the story from the page is Readability's job (Mozilla's
// algorithm, which Firefox's reader view runs; codeberg.org/readeck/go-readability is its
// line-by-line Go port, maintained by the Readeck read-it-later service): it scores the
// page's blocks by their text and links and keeps the article, and reads the page's
// metadata (JSON-LD, Open Graph, <meta>) for its title, date, site and byline. A
// hand-written extractor would be a worse copy of it.

// maxPageElements bounds the elements Readability scores in one page: a news page has a
// few thousand, a long one tens of thousands; more is a page no reader is for (a
// data dump, an endless listing), whose scoring would take minutes.
const maxPageElements = 200_000

// htmlPage reads one web page file as one article (readPage). A page in which
// Readability finds no article is skipped with that reason.
func (r *reader) htmlPage(in io.Reader, source string) error {
	a, err := r.pageFrom(in, r.pageUTF8, source)
	if err != nil {
		return err
	}
	return r.emit(a)
}

// pageFrom reads a page's bytes from in up to the article size limit, decodes them to
// UTF-8 with utf8Of, and reads the page (readPage): a saved page's and a crawled
// response's way in.
func (r *reader) pageFrom(in io.Reader, utf8Of func([]byte) ([]byte, error), source string) (Article, error) {
	data, err := io.ReadAll(io.LimitReader(in, r.opt.MaxArticleBytes+1))
	if err != nil {
		return Article{}, fmt.Errorf("cannot read the page: %v", err)
	}
	if int64(len(data)) > r.opt.MaxArticleBytes {
		return Article{}, errors.New(r.tooBig())
	}
	if data, err = utf8Of(data); err != nil {
		return Article{}, err
	}
	return r.readPage(string(data), source)
}

// readPage reads a web page's HTML as an article: the text of Readability's article, its
// figure captions left out (the guidelines read nothing from captions), in paragraphs;
// title, publication date, site name and byline from the page's metadata; the address
// from its canonical link.
func (r *reader) readPage(html, source string) (Article, error) {
	doc, err := xhtml.Parse(strings.NewReader(html))
	if err != nil {
		return Article{}, fmt.Errorf("not an HTML page: %v", err)
	}
	address := canonicalURL(doc)
	base, err := url.Parse(address)
	if err != nil || !base.IsAbs() {
		base = &url.URL{Scheme: "file", Path: "/" + strings.TrimPrefix(source, "/")}
	}
	r.markup.dropComments(doc)
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxPageElements
	page, err := parser.ParseDocument(doc, base)
	if err != nil {
		return Article{}, fmt.Errorf("no article found in the web page (%v)", err)
	}
	if page.Node == nil {
		return Article{}, errors.New("no article found in the web page")
	}
	dropCaptions(page.Node)
	var body strings.Builder
	if err := page.RenderHTML(&body); err != nil {
		return Article{}, fmt.Errorf("cannot render the web page's article: %v", err)
	}
	a := Article{Source: source, Title: tidyParagraphs(page.Title()), URL: address,
		Publisher: strings.TrimSpace(page.SiteName()), Author: strings.TrimSpace(page.Byline())}
	if t, err := page.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t.Format("2006-01-02")
	}
	text := r.markup.plainMarkdown(renderMarkup(body.String()))
	if first, rest, ok := strings.Cut(text, "\n"); ok && strings.EqualFold(strings.TrimSpace(first), a.Title) {
		text = rest // the headline again over the story
	}
	if a.Text = strings.TrimSpace(text); !hasProse(a.Text) {
		return Article{}, errors.New("no article found in the web page (no paragraph of ten words or more)")
	}
	return a, nil
}

// isPage reports a string that holds a whole web page (a doctype or an <html> tag first),
// not an article body marked up with a few tags: a crawler's record may keep the page.
func isPage(s string) bool {
	s = strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(s), "\uFEFF"), " \t\r\n")
	head := strings.ToLower(s[:min(len(s), 14)])
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// hasProse reports text with a paragraph of ten words or more: what Readability returns
// from an index page, a gallery or an error page is a menu's words or a caption, which no
// story is made of.
func hasProse(text string) bool {
	for p := range strings.SplitSeq(text, "\n") {
		if len(strings.Fields(p)) >= 10 {
			return true
		}
	}
	return false
}

// pageUTF8 returns a page's bytes as UTF-8. Valid UTF-8 is kept (what a declared encoding
// setting or a byte-order mark already decoded, and most of the web); other bytes are
// decoded by the charset the page declares in a <meta> (charset, or http-equiv's
// content type), else by the encoding policy of every other format.
func (r *reader) pageUTF8(data []byte) ([]byte, error) {
	if utf8.Valid(data) || r.opt.Encoding.dec != nil {
		return data, nil
	}
	if name := declaredCharset(data); name != "" {
		if enc, canonical := charset.Lookup(name); enc != nil && canonical != "utf-8" {
			return enc.NewDecoder().Bytes(data)
		}
	}
	return r.opt.Encoding.text(data, 1)
}

// declaredCharset is the charset a page's <meta> elements declare, "" when none does. The
// tokenizer reads the head whatever its bytes; only ASCII matters there.
func declaredCharset(data []byte) string {
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return ""
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := z.Token()
			switch t.DataAtom {
			case atom.Meta:
				if c := attrOf(t.Attr, "charset"); c != "" {
					return strings.TrimSpace(c)
				}
				if strings.EqualFold(attrOf(t.Attr, "http-equiv"), "content-type") {
					if _, c, ok := strings.Cut(strings.ToLower(attrOf(t.Attr, "content")), "charset="); ok {
						return strings.Trim(strings.TrimSpace(c), `"'`)
					}
				}
			case atom.Body:
				return ""
			}
		}
	}
}

// canonicalURL is the page's address as the page states it: its canonical link, else its
// Open Graph url; "" when it states none.
func canonicalURL(doc *xhtml.Node) string {
	var canonical, og string
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Meta:
				if strings.EqualFold(attr(n, "property"), "og:url") && og == "" {
					og = attr(n, "content")
				}
			case atom.Body:
				return // metadata lives in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, u := range []string{canonical, og} {
		if p, err := url.Parse(strings.TrimSpace(u)); err == nil && p.IsAbs() && (p.Scheme == "http" || p.Scheme == "https") {
			return p.String()
		}
	}
	return ""
}

// attr is the value of an element's attribute, "" when it has none.
func attr(n *xhtml.Node, name string) string { return attrOf(n.Attr, name) }

// attrOf is the value of the attribute called name among attrs, "" when there is none.
func attrOf(attrs []xhtml.Attribute, name string) string {
	for _, a := range attrs {
		if strings.EqualFold(a.Key, name) {
			return a.Val
		}
	}
	return ""
}

// dropComments removes the readers' comments under n, which Readability keeps when they
// sit in the story's container: a reader's "I met Zelensky in Kyiv" is not news. Only the
// boxes comments come in are removed (a div, section, aside, list, form or footer whose
// id or a class is a comment box's), and never one that holds a headline or an
// <article>, so a page whose body is classed "comments-open" loses nothing of its story.
func (m markup) dropComments(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if m.isCommentBox(c) {
			n.RemoveChild(c)
		} else {
			m.dropComments(c)
		}
		c = next
	}
}

// isCommentBox reports an element dropComments removes.
func (m markup) isCommentBox(n *xhtml.Node) bool {
	if n.Type != xhtml.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Ol, atom.Ul, atom.Form, atom.Footer:
	default:
		return false
	}
	named := m.commentBox.MatchString(attr(n, "id"))
	for _, class := range strings.Fields(attr(n, "class")) {
		named = named || m.commentBox.MatchString(class)
	}
	return named && !holds(n, atom.H1) && !holds(n, atom.Article)
}

// holds reports whether an element of kind a is under n.
func holds(n *xhtml.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && c.DataAtom == a || holds(c, a) {
			return true
		}
	}
	return false
}

// dropCaptions removes the figure captions under n: a caption tells what a photograph
// shows ("X meets Y in Geneva"), which the guidelines do not count as the story's.
func dropCaptions(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.Figcaption {
			n.RemoveChild(c)
		} else {
			dropCaptions(c)
		}
		c = next
	}
}

// sniffHTML reports a stream that starts as a web page does (isPage), for a page piped
// in or saved without an extension.
func sniffHTML(br *bufio.Reader) bool {
	b, _ := br.Peek(512)
	return isPage(string(b))
}

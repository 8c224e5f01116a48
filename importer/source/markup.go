package source

import (
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markup holds the patterns that tell a body printed as HTML. Naive scrapers store a
// CMS's rendered body as the article's text (WordPress's content.rendered, an RSS
// description, a readability dump): tags, character references and all.
type markup struct {
	tag    *regexp.Regexp // a tag of the elements such bodies are made of
	entity *regexp.Regexp // a character reference: "&amp;", "&#8217;", "&#x2019;"
}

func newMarkup() markup {
	return markup{
		tag: regexp.MustCompile(`(?i)<(/?(p|br|div|span|a|em|strong|b|i|u|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|section|article|header|footer|aside|table|tr|td|iframe|script|style|noscript)(\s[^<>]*)?/?|!--)>`),
		// With its semicolon only: without one, "AT&T" or "&para" in plain text would be a risk.
		entity: regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`),
	}
}

// plainText returns s as the text a reader sees: a body that holds HTML tags is rendered
// (blocks and double line breaks as paragraphs, a single <br> as a line end, scripts
// and styles dropped, other tags stripped), and character references in s are decoded,
// a no-break space as a space. Text without tags or references comes back as it is.
func (m markup) plainText(s string) string {
	switch {
	case m.tag.MatchString(s):
		return renderMarkup(s)
	case m.entity.MatchString(s):
		return strings.ReplaceAll(m.entity.ReplaceAllStringFunc(s, html.UnescapeString), "\u00a0", " ")
	}
	return s
}

// renderMarkup renders an HTML fragment as paragraphs of text: the text of inline
// elements runs on, block elements and "<br><br>" end a paragraph, line ends in the
// source are spaces (HTML flows its text).
func renderMarkup(s string) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	skip := 0 // depth inside script, style and the like, whose text is no story
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return tidyParagraphs(b.String())
		case xhtml.TextToken:
			if skip == 0 {
				// HTML source flows: its line ends print as spaces.
				b.WriteString(strings.Map(func(r rune) rune {
					if r == '\n' || r == '\r' {
						return ' '
					}
					return r
				}, string(z.Text())))
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			tt := z.Token()
			switch {
			case hiddenElement(tt.DataAtom) && tt.Type == xhtml.StartTagToken:
				skip++
			case hiddenElement(tt.DataAtom) && tt.Type == xhtml.EndTagToken:
				skip = max(skip-1, 0)
			case tt.DataAtom == atom.Br:
				b.WriteByte('\n')
			case blockElement(tt.DataAtom):
				b.WriteString("\n\n")
			}
		}
	}
}

// tidyParagraphs trims the lines of rendered text, a no-break space as a space, and keeps
// one blank line between paragraphs.
func tidyParagraphs(s string) string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.Join(strings.Fields(l), " ") // Fields splits at no-break spaces too
		if l != "" || len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, l)
		}
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// hiddenElement is an element whose text a reader never sees as the story.
func hiddenElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Svg, atom.Template, atom.Head:
		return true
	}
	return false
}

// blockElement is an element that starts and ends a paragraph of its own.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Figure, atom.Figcaption, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Aside, atom.Table, atom.Tr, atom.Pre, atom.Hr, atom.Dl, atom.Dt, atom.Dd:
		return true
	}
	return false
}

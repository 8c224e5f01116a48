package source

import (
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markup holds the patterns that tell a body printed as HTML or Markdown. Naive scrapers
// store a CMS's rendered body as the article's text (WordPress's content.rendered, an RSS
// description, a readability dump): tags, character references and all; reader services
// and converters store it as Markdown.
type markup struct {
	tag    *regexp.Regexp // a tag of the elements such bodies are made of
	entity *regexp.Regexp // a character reference: "&amp;", "&#8217;", "&#x2019;"
	// Markdown, as HTML-to-Markdown converters (reader services, readability exports)
	// print a page: "[words](address)", "![alt](address)", "**words**", "## Heading".
	mdImage, mdLink, mdStrong, mdHeading *regexp.Regexp
	// commentBox matches an id or class token of a web page's reader comments
	// (htmlpage.go): WordPress's "comments" and "respond", Disqus's "disqus_thread",
	// "discussion", "reader-comments".
	commentBox *regexp.Regexp
	// truncated is the mark NewsAPI ends a body it cut with ("… [+1234 chars]"): the
	// service's, not the story's words.
	truncated *regexp.Regexp
}

func newMarkup() markup {
	return markup{
		tag: regexp.MustCompile(`(?i)<(/?(p|br|div|span|a|em|strong|b|i|u|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|section|article|header|footer|aside|table|tr|td|iframe|script|style|noscript)(\s[^<>]*)?/?|!--)>`),
		// With its semicolon only: without one, "AT&T" or "&para" in plain text would be a risk.
		entity:  regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`),
		mdImage: regexp.MustCompile(`!\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"\n]*")?\)`),
		mdLink:  regexp.MustCompile(`\[([^\]\n]+)\]\((?:https?://|/|#|www\.)[^)\s]*(?:\s+"[^"\n]*")?\)`),
		// Strong emphasis: "**" or "__" on both sides of words, not of spaces.
		mdStrong:   regexp.MustCompile(`\*\*([^*\s](?:[^*\n]*[^*\s])?)\*\*|__([^_\s](?:[^_\n]*[^_\s])?)__`),
		mdHeading:  regexp.MustCompile(`(?m)^#{2,6}[ \t]+(.*?)[ \t]*#*[ \t]*$`),
		truncated:  regexp.MustCompile(`\s*…?\s*\[\+\d+ chars\]\s*$`),
		commentBox: regexp.MustCompile(`(?i)^(comments?(-area|-section|-list|-wrapper)?|disqus_thread|disqus|respond|discussion|reader-comments|user-comments)$`),
	}
}

// plainText returns s as the text a reader sees: a body that holds HTML tags is rendered
// (blocks and double line breaks as paragraphs, a single <br> as a line end, scripts
// and styles dropped, other tags stripped), and character references in s are decoded,
// a no-break space as a space; then its Markdown goes (plainMarkdown). Text with none of
// these comes back as it is.
func (m markup) plainText(s string) string {
	switch {
	case !strings.ContainsAny(s, "<&"):
	case m.tag.MatchString(s):
		s = renderMarkup(s)
	case m.entity.MatchString(s):
		s = strings.ReplaceAll(m.entity.ReplaceAllStringFunc(s, html.UnescapeString), "\u00a0", " ")
	}
	return m.plainMarkdown(s)
}

// plainMarkdown returns s without the Markdown an HTML-to-Markdown converter prints: a
// link is its words, a picture goes (its alt text is a caption at best), strong emphasis
// is its words, a subheading's marks go (a first-level heading stays for the title
// reader). Text without links, pictures or strong emphasis comes back as it is.
func (m markup) plainMarkdown(s string) string {
	if !strings.Contains(s, "](") && !strings.Contains(s, "**") && !strings.Contains(s, "__") {
		return s
	}
	s = m.mdImage.ReplaceAllString(s, "")
	s = m.mdLink.ReplaceAllString(s, "$1")
	s = m.mdStrong.ReplaceAllString(s, "$1$2")
	return m.mdHeading.ReplaceAllString(s, "$1")
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

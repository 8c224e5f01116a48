package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headingMaxWords is the longest paragraph taken for a section heading.
const headingMaxWords = 10

// dropHeadings removes section headings inside the story ("Talks in Geneva", "What comes
// next"): short paragraphs that start with a capital, have no sentence punctuation and no
// quotation marks, and are followed by a longer paragraph that is prose. A heading is not
// a sentence of the story, and extraction must not read a contact into it.
func (c *Cleaner) dropHeadings(d *document) {
	live := d.live()
	for n, i := range live {
		if n+1 >= len(live) {
			return
		}
		s, next := d.paras[i].text, d.paras[live[n+1]].text
		if isHeading(s) && wordCount(next) > wordCount(s) && endsSentence(next) {
			d.remove(i, RuleHeading)
		}
	}
}

// isHeading reports the shape of a section heading.
func isHeading(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && wordCount(s) <= headingMaxWords &&
		!strings.ContainsAny(s, ".!?;:\"“”‘«»") && !strings.HasSuffix(s, "’")
}

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
		switch {
		case isCapsLabel(s) && beforeProse(d, live[:n]) && isPlace(s) && d.res.Dateline == "":
			// A place on a line of its own above the story is the dateline.
			d.res.Dateline = properCase(s)
			d.remove(i, RuleDateline)
		case isCapsLabel(s), isHeading(s) && wordCount(next) > wordCount(s) && endsSentence(next):
			d.remove(i, RuleHeading)
		}
	}
}

// capsLabelMaxWords is the longest all-capital line taken for a label.
const capsLabelMaxWords = 6

// isCapsLabel reports a short line in capitals without sentence punctuation: a section
// label, a masthead ("DAILY NEWS WITH AGENCIES") or a place. A speaker label in a
// transcript ("JANE DOE, HOST:") has a colon and stays.
func isCapsLabel(s string) bool {
	return isUpperWord(s) && wordCount(s) <= capsLabelMaxWords && !strings.ContainsAny(s, ".!?;:\"“”")
}

// beforeProse reports whether none of the paragraphs idx is a sentence yet.
func beforeProse(d *document, idx []int) bool {
	for _, i := range idx {
		if endsSentence(d.paras[i].text) {
			return false
		}
	}
	return true
}

// isHeading reports the shape of a section heading.
func isHeading(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && wordCount(s) <= headingMaxWords &&
		!strings.ContainsAny(s, ".!?;:\"“”‘«»") && !strings.HasSuffix(s, "’")
}

package clean

import (
	"strings"
	"unicode"
)

// Limits of what may stand above a dateline and still be taken for page furniture: a
// headline, a caption, a byline with a timestamp. More than that is story.
const (
	leadMaxParas = 4
	leadMaxWords = 120
)

// dropLead removes what a page prints above the paragraph that opens with a wire dateline
// ("VERDUN, France (AP) —", "BEIJING, June 19 (Xinhua) --"): such a dateline starts the
// story, so the lines above it are the headline, a photo caption, a byline or a timestamp.
// Only a dateline of a wire shape counts, an agency in parentheses or a place in capitals
// before a dash, and only a few short paragraphs above it go.
func (c *Cleaner) dropLead(d *document) {
	live := d.live()
	words := 0
	for n, i := range live {
		if n > leadMaxParas || words > leadMaxWords {
			return
		}
		if n > 0 && c.isWireDateline(d.paras[i].text) {
			for _, j := range live[:n] {
				d.remove(j, RuleLead)
			}
			return
		}
		words += wordsUpTo(d.paras[i].text, leadMaxWords+1) // enough to pass the bound
	}
}

// isWireDateline reports a paragraph that opens with a dateline carrying an agency in
// parentheses, or a place printed in capitals followed by a dash.
func (c *Cleaner) isWireDateline(p string) bool {
	dl, _, ok := c.SplitDateline(p)
	if !ok {
		return false
	}
	if dl.Publisher != "" && strings.Contains(dl.Text, "(") {
		return true
	}
	head, _, _ := strings.Cut(dl.Text, ",")
	return dl.Place != "" && strings.ContainsAny(dl.Text, "—–-_") && isUpperWord(head)
}

// isUpperWord reports a string with two letters or more, all of them capitals.
func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of headings: a section heading or the link to another story that a site puts
// between paragraphs is short; a list of other stories' headlines may hold longer ones.
const (
	headingMaxWords  = 16
	headlineMaxWords = 20
	headlineMinRun   = 3 // headlines in a row that make a list of links
)

// dropHeadings removes section headings and links to other stories inside the story
// ("Talks in Geneva", "OPINION: Why the plan won't work"): short lines that start with a
// capital, do not end like a sentence and are followed by a longer paragraph that is
// prose, and runs of three or more such lines anywhere (lists of other headlines). A line
// after one that ends with a colon is an item of a list the story introduced, and stays.
// A heading is not a sentence of the story, and extraction must not read a contact into it.
func (c *Cleaner) dropHeadings(d *document) {
	live := d.live()
	for n := 0; n < len(live); n++ {
		i := live[n]
		s := d.paras[i].text
		switch {
		case n+1 < len(live) && isCapsLabel(placeOfLine(s)) && beforeProse(d, live[:n]) && isPlace(placeOfLine(s)) && d.res.Dateline == "":
			// A place on a line of its own above the story is the dateline, with the dash
			// that separates it from the lede or not ("WASHINGTON—").
			d.res.Dateline = properCase(placeOfLine(s))
			d.remove(i, RuleDateline)
			continue
		case n+1 < len(live) && isCapsLabel(s):
			d.remove(i, RuleHeading)
			continue
		}
		m := n
		for m < len(live) && isHeading(d.paras[live[m]].text, headlineMaxWords) {
			m++
		}
		if m == n {
			continue
		}
		run := live[n:m]
		switch {
		case n > 0 && strings.HasSuffix(d.paras[live[n-1]].text, ":"):
		case len(run) >= headlineMinRun && len(run)*2 <= len(live):
			for _, j := range run {
				d.remove(j, RuleRelated)
			}
		case len(run) < headlineMinRun && m < len(live) && headedProse(d.paras[live[m]].text, d.paras[live[m-1]].text):
			for _, j := range run {
				if isHeading(d.paras[j].text, headingMaxWords) {
					d.remove(j, RuleHeading)
				}
			}
		}
		n = m - 1
	}
}

// headedProse reports a paragraph of prose that a heading may stand over: a sentence
// longer than the heading.
func headedProse(next, heading string) bool {
	return endsSentence(next) && !wordsAtMost(next, wordCount(heading))
}

// capsLabelMaxWords is the longest all-capital line taken for a label.
const capsLabelMaxWords = 6

// isCapsLabel reports a short line in capitals without sentence punctuation: a section
// label, a masthead ("DAILY NEWS WITH AGENCIES") or a place. A speaker label in a
// transcript ("JANE DOE, HOST:") has a colon and stays.
func isCapsLabel(s string) bool {
	return isUpperWord(s) && wordsAtMost(s, capsLabelMaxWords) && !strings.ContainsAny(s, ".!?;:\"“”")
}

// placeOfLine is a line without the dash a dateline ends with: "WASHINGTON—" ->
// "WASHINGTON".
func placeOfLine(s string) string {
	return strings.TrimRight(s, "—–- ")
}

// PlaceDashLine reports a line that is a place in capitals and the dash that separates a
// dateline from the lede, "WASHINGTON—": no headline, though it sits on a line of its own.
func PlaceDashLine(s string) bool {
	p := placeOfLine(strings.TrimSpace(s))
	return p != strings.TrimSpace(s) && isCapsLabel(p) && isPlace(p)
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

// isHeading reports the shape of a heading or a headline of at most max words: it starts
// with a capital, a digit or a quotation mark, does not end like a sentence or a clause,
// and has no sentence break inside. A colon may follow a short label or a speaker
// ("OPINION: ...", "Minister: ..."); a quotation that ends with a comma ("“We met,” he
// said") is speech, not a heading. Agencies frame headings with dashes: "- Talks -".
func isHeading(s string, max int) bool {
	if inner, ok := strings.CutPrefix(s, "- "); ok {
		s = strings.TrimSuffix(inner, " -")
	}
	first, _ := utf8.DecodeRuneInString(s)
	n := wordsUpTo(s, max+1)
	if n == 0 || n > max || !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"'“‘", first)) {
		return false
	}
	if endsSentence(s) || endsClause(strings.TrimRight(s, "'’\"”")) || strings.ContainsAny(s, "!?;«»") || hasSentenceBreak(s) {
		return false
	}
	for _, q := range []string{",\"", ",”", ",’", ",'"} {
		if strings.Contains(s, q) {
			return false
		}
	}
	if label, rest, ok := strings.Cut(s, ":"); ok {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
		return wordsAtMost(label, 3) && !wordsAtMost(rest, 2) && (unicode.IsUpper(r) || strings.ContainsRune("\"'“‘", r))
	}
	return true
}

// hasSentenceBreak reports a full stop that ends a word of two or more lower-case
// letters inside s ("talks. Then"), as opposed to the dots of "U.S." or "Mr.".
func hasSentenceBreak(s string) bool {
	for _, w := range strings.Fields(s) {
		word, ok := strings.CutSuffix(w, ".")
		if ok && utf8.RuneCountInString(word) >= 2 && strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLower(r) }) < 0 {
			return true
		}
	}
	return false
}

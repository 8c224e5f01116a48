package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParagraphs cuts body into paragraphs. Scraped articles come both with blank lines
// between paragraphs and with one paragraph per line, so every non-empty line is a
// paragraph, except that hard-wrapped prose (lines broken mid-sentence) is joined again.
// Lines are trimmed of all Unicode space, including the no-break spaces web pages leave.
func splitParagraphs(body string) []para {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	var paras []para
	for b, block := range splitBlocks(body) {
		for k, line := range joinWrapped(block) {
			if n := len(paras); k == 0 && n > 0 && endsMidClause(paras[n-1].text) && startsWithLetter(line) {
				paras[n-1].text += " " + line // a blank line in the middle of a sentence
				continue
			}
			paras = append(paras, para{text: line, block: b})
		}
	}
	return paras
}

// endsMidClause reports a line that stops on a word that cannot end a sentence or a
// heading ("... the shortcomings of"): the sentence goes on after a stray blank line.
func endsMidClause(s string) bool {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return false
	}
	switch s[i+1:] {
	case "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "with", "from", "that", "his", "her", "their", "its":
		return true
	}
	return false
}

// startsWithLetter reports whether s opens with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// splitBlocks returns the groups of trimmed, non-empty lines between blank lines.
func splitBlocks(body string) [][]string {
	var blocks [][]string
	var cur []string
	for line := range strings.SplitSeq(body, "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	return blocks
}

// joinWrapped joins the lines of a block that are one paragraph broken by a hard wrap: a
// line that does not end a sentence and is followed by one that starts in lower case, or
// a whole block of evenly long lines (text wrapped at a fixed width).
func joinWrapped(lines []string) []string {
	if hardWrapped(lines) {
		return []string{strings.Join(lines, " ")}
	}
	out := []string{lines[0]}
	for _, line := range lines[1:] {
		last := out[len(out)-1]
		first, _ := utf8.DecodeRuneInString(line)
		if !endsSentence(last) && !endsClause(last) && unicode.IsLower(first) {
			out[len(out)-1] = last + " " + line
			continue
		}
		out = append(out, line)
	}
	return out
}

// hardWrapped reports a block of three or more lines whose lines (but the last) are all of
// about the same, typical terminal width, and at least one of them stops mid-sentence.
func hardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	lo, hi, open := 1<<30, 0, false
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(l)
		lo, hi = min(lo, n), max(hi, n)
		open = open || !endsSentence(l)
	}
	return open && lo >= 40 && hi <= 100 && hi-lo <= 30
}

// endsSentence reports whether s ends like a sentence: with . ! ? or …, possibly followed
// by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// endsClause reports a line that ends with a colon, semicolon or comma, or with a closing
// quote: it may go on, but it is not a wrapped line of prose.
func endsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(":;,\"”’'", r)
}

// isCloser reports closing quotes and brackets that may follow the end of a sentence.
func isCloser(r rune) bool {
	return strings.ContainsRune("\"'”’»)]", r)
}

// EndsSentence reports whether s ends like a sentence: with . ! ? or …, possibly followed
// by closing quotes or brackets. A headline usually does not; the source reader uses it to
// tell a title line from a first paragraph.
func EndsSentence(s string) bool {
	return endsSentence(s)
}

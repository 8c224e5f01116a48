package clean

import (
	"iter"
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
	// Every paragraph is at least a line: sized once, the slice never grows.
	paras := make([]para, 0, strings.Count(body, "\n")+1)
	var lines []string // a block's paragraphs, reused from one block to the next
	for b, block := range splitBlocks(body) {
		lines = joinWrapped(lines[:0], block)
		for k, line := range lines {
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

// splitBlocks yields the groups of trimmed, non-empty lines between blank lines, numbered
// from zero. The slice of lines is reused from one group to the next: a slice per group
// was a fifth of what cleaning allocated.
func splitBlocks(body string) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		var cur []string
		n := 0
		for line := range strings.SplitSeq(body, "\n") {
			if line = strings.TrimFunc(line, unicode.IsSpace); line != "" {
				cur = append(cur, line)
				continue
			}
			if len(cur) > 0 {
				if !yield(n, cur) {
					return
				}
				n, cur = n+1, cur[:0]
			}
		}
		if len(cur) > 0 {
			yield(n, cur)
		}
	}
}

// joinWrapped appends to out the paragraphs of a block of lines, joining the lines that
// are one paragraph broken by a hard wrap: a line that does not end a sentence and is
// followed by one that starts in lower case, or a whole block of evenly long lines (text
// wrapped at a fixed width).
func joinWrapped(out, lines []string) []string {
	if hardWrapped(lines) {
		return append(out, strings.Join(lines, " "))
	}
	out = append(out, lines[0])
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

package clean

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// dropRepeats removes paragraphs printed again verbatim (pull quotes, captions repeated
// under a gallery, a scraper that read a block twice), keeping the first occurrence.
// Spacing and letter case differences do not make a paragraph new.
func dropRepeats(d *document) {
	seen := make(map[string]bool)
	for _, i := range d.live() {
		key := repeatKey(d.paras[i].text)
		if seen[key] {
			d.remove(i, RuleRepeat)
			continue
		}
		seen[key] = true
	}
}

// dropTitle removes the paragraphs that repeat the article's title.
func dropTitle(d *document, title string) {
	key := repeatKey(title)
	if key == "" {
		return
	}
	for _, i := range d.live() {
		if repeatKey(d.paras[i].text) == key {
			d.remove(i, RuleTitle)
		}
	}
}

// repeatKey is what makes two paragraphs the same: their words, in lower case, without a
// final full stop.
func repeatKey(s string) string {
	if key, ok := asciiRepeatKey(s); ok {
		return key
	}
	return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")
}

// asciiRepeatKey is repeatKey of an ASCII string in one pass and one allocation; ok is
// false for any other string, whose spaces and case need the unicode rules.
func asciiRepeatKey(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c == ' ' || c >= '\t' && c <= '\r':
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	b = bytes.TrimSuffix(b, []byte(" "))
	b = bytes.TrimSuffix(b, []byte("."))
	return string(b), true
}

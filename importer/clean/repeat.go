package clean

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// dropRepeats removes paragraphs printed again verbatim (pull quotes, captions repeated
// under a gallery, a scraper that read a block twice), keeping the first occurrence.
// Spacing and letter case differences do not make a paragraph new.
func dropRepeats(d *document) {
	// Two paragraphs of the same key have as many words, but those of one word or none
	// (a "." has the empty key of an empty line), and start with the same byte when it is
	// ASCII (a rune outside ASCII may lower to one). A paragraph that shares its word count
	// and first byte with no other is no repeat, and most are that, so keys are built for
	// the others only. They are built into one buffer and made one string, so that the map
	// holds substrings of it: a string per paragraph was most of this rule's allocations.
	live := d.live()
	words, firsts := make([]int, len(live)), make([]byte, len(live))
	count := make(map[int]int, 2*len(live)) // paragraphs by word count, and by first byte too
	for n, i := range live {
		words[n], firsts[n] = repeatSignature(d.paras[i].text)
		count[words[n]<<8]++ // first bytes are not zero: this is the word count's total
		count[words[n]<<8|int(firsts[n])]++
	}
	var buf []byte
	keyed := make([]bool, len(live))
	ends := make([]int, len(live))
	for n, i := range live {
		w, f := words[n]<<8, int(firsts[n])
		if f == wildFirst {
			keyed[n] = count[w] > 1
		} else {
			keyed[n] = count[w|f] > 1 || count[w|wildFirst] > 0
		}
		if keyed[n] {
			buf = appendRepeatKey(buf, d.paras[i].text)
		}
		ends[n] = len(buf)
	}
	keys := string(buf)
	seen := make(map[string]bool)
	start := 0
	for n, i := range live {
		key := keys[start:ends[n]]
		start = ends[n]
		if !keyed[n] {
			continue
		}
		if seen[key] {
			d.remove(i, RuleRepeat)
			continue
		}
		seen[key] = true
	}
}

// wildFirst is repeatSignature's first byte of a paragraph that may share its key with
// a paragraph of any first byte.
const wildFirst = 0xff

// repeatSignature returns what a paragraph's repeat key tells of it without being built:
// its word count (one for none) and the key's first byte, the paragraph's first byte that
// is no space, lowered, or wildFirst when that is not ASCII or the paragraph has one word
// or none.
func repeatSignature(s string) (words int, first byte) {
	words = max(wordCount(s), 1)
	if words == 1 {
		return words, wildFirst
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == 0: // zero is the word count's total in dropRepeats
			return words, wildFirst
		case c == ' ' || c >= '\t' && c <= '\r':
			continue
		default:
			return words, lowerASCII(c)
		}
	}
	return words, wildFirst
}

// dropTitle removes the paragraphs that repeat the article's title.
func dropTitle(d *document, title string) {
	key := repeatKey(title)
	if key == "" {
		return
	}
	var buf []byte
	for _, i := range d.live() {
		if differentStart(d.paras[i].text, key) {
			continue
		}
		// A paragraph's key is built only until it is longer than the title's by more
		// than the two bytes the end may trim: most paragraphs are much longer.
		buf = appendRepeatKeyUpTo(buf[:0], d.paras[i].text, len(key)+2)
		if string(buf) == key {
			d.remove(i, RuleTitle)
		}
	}
}

// differentStart reports a text whose repeat key cannot be key (not empty) by its first
// byte: the first byte of a key is the text's first byte that is no space, lowered when
// it is ASCII (a text of a lone "." has an empty key, which is no key either).
func differentStart(s, key string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false // a rune the key may spell otherwise: left to the key
		case c == ' ' || c >= '\t' && c <= '\r':
			continue
		default:
			return lowerASCII(c) != key[0]
		}
	}
	return true // only spaces: an empty key
}

// repeatKey is what makes two paragraphs the same: their words, in lower case, with
// typographic quotation marks and apostrophes as the straight ones (a scraper that reads a
// headline twice may read it once from the page's title, in straight quotes, and once from
// its body, in curly ones), without a final full stop. It is
// strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(straightQuotes(s)), " ")), "."),
// straightQuotes replacing ‘ ’ with ' and “ ” with ".
func repeatKey(s string) string {
	return string(appendRepeatKey(make([]byte, 0, len(s)), s))
}

// appendRepeatKey appends the repeat key of s to b in one pass over s, with the rules of
// the functions repeatKey is written with: words are split at unicode.IsSpace, letters
// lowered by unicode.ToLower, curly quotation marks made straight, and a byte that is not UTF-8 becomes U+FFFD as ToLower makes
// it.
func appendRepeatKey(b []byte, s string) []byte {
	return appendRepeatKeyUpTo(b, s, math.MaxInt)
}

// appendRepeatKeyUpTo is appendRepeatKey that stops reading s once it has appended more
// than most bytes: what it returns then is not s's key but, the end trimmed by two bytes
// at most, still longer than most-2 bytes, as s's key is.
func appendRepeatKeyUpTo(b []byte, s string, most int) []byte {
	start := len(b)
	space := func() {
		if len(b) > start && b[len(b)-1] != ' ' {
			b = append(b, ' ')
		}
	}
	for i := 0; i < len(s) && len(b)-start <= most; {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				space()
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b = utf8.AppendRune(b, utf8.RuneError)
		case unicode.IsSpace(r):
			space()
		case r == '‘' || r == '’':
			b = append(b, '\'')
		case r == '“' || r == '”':
			b = append(b, '"')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if len(b) > start && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if len(b) > start && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

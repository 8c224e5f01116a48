package clean

import "strings"

// lowerWords answers lowerContainsAny(s, words...) for a fixed list of words in one pass
// over s. Looking for each word in turn read a paragraph once per word, and the first
// letters of the words (c, t, o, s, h...) are so common that the byte search stopped at
// nearly every word of the text: the notice and appeal filters, asked of nearly every
// paragraph, were a fifth of cleaning's CPU. Here each position is tried only when its
// two letters, A-Z folded, start one of the words (a bit in a table of letter pairs).
// Built once by New and never changed.
type lowerWords struct {
	words []string              // lower-case ASCII, two bytes or more
	pairs *[1 << 16 / 64]uint64 // a bit for each pair of bytes some word starts with
}

// newLowerWords returns the filter of words, each in lower-case ASCII and at least two
// bytes long (the pair table needs two).
func newLowerWords(words ...string) lowerWords {
	f := lowerWords{words: words, pairs: new([1 << 16 / 64]uint64)}
	for _, w := range words {
		if len(w) < 2 || strings.ToLower(w) != w {
			panic("clean: lowerWords needs lower-case words of two bytes or more: " + w)
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		f.pairs[k>>6] |= 1 << (k & 63)
	}
	return f
}

// in reports whether strings.ToLower(s) holds one of the words. The dotted capital I and
// the Kelvin sign, the two runes outside ASCII that lower to ASCII letters, send s to
// strings.ToLower (fold.go).
func (f lowerWords) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			if c == 0xC4 && s[i+1] == 0xB0 || c == 0xE2 && strings.HasPrefix(s[i:], "\u212A") {
				return containsAny(strings.ToLower(s), f.words...)
			}
			continue
		}
		k := uint16(lowerASCII(c))<<8 | uint16(lowerASCII(s[i+1]))
		if f.pairs[k>>6]&(1<<(k&63)) != 0 && f.startsAt(s[i:]) {
			return true
		}
	}
	return false
}

// startsAt reports whether s, A-Z folded, starts with one of the words.
func (f lowerWords) startsAt(s string) bool {
	for _, w := range f.words {
		if len(s) >= len(w) && foldedPrefix(s, w) {
			return true
		}
	}
	return false
}

// foldedPrefix reports whether s starts with w once A-Z are lowered (w is lower-case).
func foldedPrefix(s, w string) bool {
	for j := 0; j < len(w); j++ {
		if lowerASCII(s[j]) != w[j] {
			return false
		}
	}
	return true
}

package clean

import "strings"

// lowerWords answers whether strings.ToLower(s) holds one of a fixed list of words, in
// one pass over s. Looking for each word in turn read a paragraph once per word, and the first
// letters of the words (c, t, o, s, h...) are so common that the byte search stopped at
// nearly every word of the text: the notice and appeal filters, asked of nearly every
// paragraph, were a fifth of cleaning's CPU. Here each position is tried only when its
// two bytes, in any ASCII case, start one of the words (a bit in a table of byte pairs).
// Built once by New and never changed.
type lowerWords struct {
	words []string              // lower-case ASCII, two bytes or more
	pairs *[1 << 16 / 64]uint64 // a bit for each pair of bytes some word starts with, in any case
}

// newLowerWords returns the filter of words, each in lower-case ASCII and at least two
// bytes long (the pair table needs two).
func newLowerWords(words ...string) lowerWords {
	f := lowerWords{words: words, pairs: new([1 << 16 / 64]uint64)}
	for _, w := range words {
		if len(w) < 2 || strings.ToLower(w) != w {
			panic("clean: lowerWords needs lower-case words of two bytes or more: " + w)
		}
		for _, a := range cases(w[0]) {
			for _, b := range cases(w[1]) {
				f.set(a, b)
			}
		}
	}
	// The starts of the dotted capital I and the Kelvin sign, which in checks.
	f.set(0xC4, 0xB0)
	f.set(0xE2, 0x84)
	return f
}

// cases returns a lower-case ASCII byte and its capital, or the byte alone.
func cases(b byte) []byte {
	if 'a' <= b && b <= 'z' {
		return []byte{b, b - ('a' - 'A')}
	}
	return []byte{b}
}

// set marks the pair a, b.
func (f lowerWords) set(a, b byte) {
	k := uint16(a)<<8 | uint16(b)
	f.pairs[k>>6] |= 1 << (k & 63)
}

// in reports whether strings.ToLower(s) holds one of the words. The dotted capital I and
// the Kelvin sign, the two runes outside ASCII that lower to ASCII letters, send s to
// strings.ToLower (fold.go).
func (f lowerWords) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if f.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		if s[i] >= 0x80 {
			if strings.HasPrefix(s[i:], "\u0130") || strings.HasPrefix(s[i:], "\u212A") {
				return containsAny(strings.ToLower(s), f.words...)
			}
			continue
		}
		if f.startsAt(s[i:]) {
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

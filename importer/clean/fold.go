package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tests below answer what strings.ToLower(s) holds without building it: lowering
// every paragraph (up to 80 words) to look for one short word was a fifth of cleaning's
// CPU. strings.ToLower maps each rune by unicode.ToLower, and only two runes outside ASCII
// lower to ASCII letters (the dotted capital I to i, the Kelvin sign to k), so in a text
// without them an ASCII word is found in the lowered text exactly where it is found in
// the text with A-Z folded.

// lowerHasPrefix reports strings.HasPrefix(strings.ToLower(s), prefix), for prefix in
// lower-case ASCII.
func lowerHasPrefix(s, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		r, size := utf8.DecodeRuneInString(s)
		if size == 0 || unicode.ToLower(r) != rune(prefix[i]) {
			return false
		}
		s = s[size:]
	}
	return true
}

// lowerContainsAny reports whether strings.ToLower(s) holds any of words, each in
// lower-case ASCII. A text of up to foldBuffer bytes is lowered into a buffer on the
// stack, A-Z only: other bytes never take part in a match of an ASCII word.
func lowerContainsAny(s string, words ...string) bool {
	var buf [foldBuffer]byte
	if len(s) > len(buf) {
		return containsAny(strings.ToLower(s), words...)
	}
	low := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		// The two runes are looked for while lowering: a search of its own for their
		// first bytes stopped at every curly quote and dash (0xE2 starts them too).
		if c := s[i]; (c == 0xC4 || c == 0xE2) && (strings.HasPrefix(s[i:], "\u0130") || strings.HasPrefix(s[i:], "\u212A")) {
			return containsAny(strings.ToLower(s), words...)
		}
		low[i] = lowerASCII(s[i])
	}
	for _, w := range words {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

// foldBuffer is the longest text lowerContainsAny lowers on the stack: most paragraphs.
const foldBuffer = 1024

// lowerASCII lowers an ASCII capital letter and leaves every other byte as it is.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

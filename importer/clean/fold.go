package clean

import (
	"unicode"
	"unicode/utf8"
)

// The tests here and in lowerwords.go answer what strings.ToLower(s) holds without
// building it: lowering every paragraph (up to 80 words) to look for one short word was a
// fifth of cleaning's CPU. strings.ToLower maps each rune by unicode.ToLower, and only two runes outside ASCII
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

// lowerASCII lowers an ASCII capital letter and leaves every other byte as it is.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

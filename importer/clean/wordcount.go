package clean

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return wordsUpTo(s, math.MaxInt) }

// wordsAtMost reports wordCount(s) <= n, reading s only until a word beyond the n-th
// starts: most tests bound paragraphs a few words long, and stories run to a hundred.
func wordsAtMost(s string, n int) bool { return wordsUpTo(s, n+1) <= n }

// asciiSpace marks the ASCII spaces of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordsUpTo returns wordCount(s), or limit when s has more words.
func wordsUpTo(s string, limit int) int {
	// The count of strings.Fields without building the slice: cleaning asks it of every
	// paragraph several times (a tenth of its CPU when read a byte at a time), so ASCII,
	// nearly all of a story, is read eight bytes at a time (asciiWordStarts) and only other
	// runes are decoded; the count is checked against the limit after each step.
	if limit <= 0 {
		return 0
	}
	n, inWord := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if x&highBits == 0 {
				var starts int
				starts, inWord = asciiWordStarts(x, inWord)
				if n += starts; n >= limit {
					return limit
				}
				i += 8
				continue
			}
		}
		if b := s[i]; b < utf8.RuneSelf {
			i++
			if asciiSpace[b] {
				inWord = false
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if unicode.IsSpace(r) {
				inWord = false
				continue
			}
		}
		if !inWord {
			if n++; n == limit {
				return n
			}
			inWord = true
		}
	}
	return n
}

// highBits holds the high bit of each of eight bytes.
const highBits = 0x8080808080808080

// asciiWordStarts counts the words that start in eight ASCII bytes x (little-endian: the
// first byte lowest) after a byte that was inside a word or not (inWord), and reports
// whether the last byte is inside one. A byte is a space when it is ' ' or '\t' to '\r',
// asciiSpace's bytes; its high bit flags it in each mask.
func asciiWordStarts(x uint64, inWord bool) (int, bool) {
	const ones = 0x0101010101010101
	const low7 = 0x7f7f7f7f7f7f7f7f
	// A byte of x^' ' is zero where x is a space: adding 0x7f to its low seven bits
	// carries into the high bit for any other byte (the high bits of ASCII are clear, so
	// no carry crosses bytes).
	t := x ^ (' ' * ones)
	blank := ^((t&low7 + low7) | t) & highBits
	// '\t' to '\r': at least 0x09 (adding 0x77 reaches the high bit) and at most 0x0d
	// (adding 0x72 does not).
	control := (x + 0x77*ones) &^ (x + 0x72*ones) & highBits
	space := blank | control
	prev := space << 8 // the space flag of the byte before each byte
	if !inWord {
		prev |= 0x80
	}
	starts := ^space & highBits & prev
	return bits.OnesCount64(starts), space&(0x80<<56) == 0
}

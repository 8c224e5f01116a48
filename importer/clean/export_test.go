package clean

import (
	"regexp"
	"strings"
)

// WordCount is wordCount, for the external tests.
func WordCount(s string) int { return wordCount(s) }

// WordsUpTo is wordsUpTo, for the external tests.
func WordsUpTo(s string, limit int) int { return wordsUpTo(s, limit) }

// WordsAtMost is wordsAtMost, for the external tests.
func WordsAtMost(s string, n int) bool { return wordsAtMost(s, n) }

// IsNotice is the prefiltered notice test, and NoticePattern the pattern alone, for the
// external tests.
func IsNotice(s string) bool { return New().isNotice(s) }

// NoticePattern reports whether the notice pattern matches s.
func NoticePattern(s string) bool { return New().p.notice.MatchString(s) }

// AnchoredMatch is newAnchored(expr).MatchString(s), with whether the first-rune filter
// or the prefix set was built, for the external tests.
func AnchoredMatch(expr, s string) (match, filtered bool) {
	a := newAnchored(expr)
	return a.MatchString(s), a.filter || a.starts
}

// RepeatKey is repeatKey, for the external tests.
func RepeatKey(s string) string { return repeatKey(s) }

// LowerWordsIn is newLowerWords(words...).in(s), for the external tests.
func LowerWordsIn(s string, words ...string) bool { return newLowerWords(words...).in(s) }

// RepeatKeyUpTo is appendRepeatKeyUpTo(nil, s, most), for the external tests.
func RepeatKeyUpTo(s string, most int) string { return string(appendRepeatKeyUpTo(nil, s, most)) }

// DifferentStart is differentStart, for the external tests.
func DifferentStart(s, key string) bool { return differentStart(s, key) }

// RepeatSignature is repeatSignature, for the external tests.
func RepeatSignature(s string) (int, byte) { return repeatSignature(s) }

// Wild is repeatSignature's first byte of a paragraph that may repeat any other.
const Wild = wildFirst

// AppealMatch reports whether the appeal pattern matches s tried at each word start (as
// isAppeal does) and whether the same pattern without its "^" matches s anywhere.
func AppealMatch(s string) (atWords, anywhere bool) {
	a := New().p.appeal
	return wordStartMatch(a, s), regexp.MustCompile(strings.Replace(a.re.String(), "^", "", 1)).MatchString(s)
}

// AppealFiltered reports whether the appeal pattern got a first-rune filter or a prefix set.
func AppealFiltered() bool {
	a := New().p.appeal
	return a.filter || a.starts
}

// MayReportFrom is mayReportFrom, for the external tests.
func MayReportFrom(s string) bool { return mayReportFrom(s) }

// ContainsFoldASCII is containsFoldASCII, for the external tests.
func ContainsFoldASCII(s, word string) bool { return containsFoldASCII(s, word) }

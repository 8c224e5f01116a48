package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// TestWordCountIsFields checks that the allocation-free word count counts what
// strings.Fields splits, with non-ASCII spaces and invalid UTF-8.
func TestWordCountIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc\vd\fe\rf", "no\u00a0break\u2003em\u0085nel",
		"bad \xff utf8\xfe", "Mrs May said", "\u3000ideographic\u3000space"} {
		if got, want := clean.WordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
		for n := range 6 {
			if got, want := clean.WordsUpTo(s, n), min(len(strings.Fields(s)), n); got != want {
				t.Errorf("wordsUpTo(%q, %d) = %d, want %d", s, n, got, want)
			}
			if got, want := clean.WordsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Errorf("wordsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// FuzzWordsUpTo compares the word count, read eight bytes at a time where it can, with
// strings.Fields on any input.
func FuzzWordsUpTo(f *testing.F) {
	f.Add("Mrs May said\tthat\r\nthe\vvote\fwas over", 5)
	f.Add("no\u00a0break\u2003em\u0085nel and    more words after it", 100)
	f.Add("\x1f\x20\x21\x08\x09\x0d\x0e ab", 3)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit %= 200
		want := min(len(strings.Fields(s)), max(limit, 0))
		if got := clean.WordsUpTo(s, limit); got != want {
			t.Errorf("wordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
		}
	})
}

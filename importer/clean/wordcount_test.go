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

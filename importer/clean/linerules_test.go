package clean

import "testing"

// TestMaxLineWords checks that stripLines counts words far enough for every line rule.
func TestMaxLineWords(t *testing.T) {
	for _, lt := range lineTests() {
		if lt.maxWords > maxLineWords {
			t.Errorf("rule %s takes %d words, more than maxLineWords (%d)", lt.rule, lt.maxWords, maxLineWords)
		}
	}
	if maxLineWords > paraMaxWords {
		t.Errorf("stripLines counts %d words of a paragraph, fewer than the line rules' %d", paraMaxWords, maxLineWords)
	}
}

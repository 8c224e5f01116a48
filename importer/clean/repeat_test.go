package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// TestRepeatKeyIsTheFormula checks the one-pass repeat key against the functions it stands
// for, on spacing, case and bytes that are not UTF-8.
func TestRepeatKeyIsTheFormula(t *testing.T) {
	for _, s := range []string{"", " ", ".", " . ", "The Talks.", "  The\t talks \n ended.  ", "Talks..",
		"Ärger İstanbul \u212Aelvin", "a\u00a0b\u0085c\u2003d", "bad \xff byte", "\ufffd kept", "END.", "x .",
		"“Quoted,” he said.", "a.\u00a0", "ǅemal ǆ", "\xe2\x80 cut rune"} {
		t.Run(s, func(t *testing.T) {
			want := strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")
			if got := clean.RepeatKey(s); got != want {
				t.Errorf("RepeatKey(%q) = %q, want %q", s, got, want)
			}
		})
	}
}

// FuzzRepeatKeyUpTo checks that the key built only up to a length tells a text whose key
// is another of that length apart, and finds the texts whose key it is, and that a text
// told apart by its first byte has another key.
func FuzzRepeatKeyUpTo(f *testing.F) {
	f.Add("The Talks Ended.", "the talks ended")
	f.Add("  The\t talks \n ended. . ", "the talks ended. .")
	f.Add("Talks ended in Geneva on Monday after a week.", "talks ended")
	f.Fuzz(func(t *testing.T, s, other string) {
		for _, key := range []string{clean.RepeatKey(s), clean.RepeatKey(other)} {
			got := clean.RepeatKeyUpTo(s, len(key)+2) == key
			if want := clean.RepeatKey(s) == key; got != want {
				t.Errorf("RepeatKeyUpTo(%q, %d) == %q is %v, want %v", s, len(key)+2, key, got, want)
			}
			if key != "" && clean.DifferentStart(s, key) && clean.RepeatKey(s) == key {
				t.Errorf("DifferentStart(%q, %q) but the key is the same", s, key)
			}
		}
	})
}

package clean

import (
	"strings"
	"testing"
)

// The folded tests must answer exactly what lowering the whole text would.
func TestLowerFolds(t *testing.T) {
	texts := []string{"", "Click here", "CLICK HERE to read", "click", "Cli\u0130ck", "\u0130n your", "COOK\u212AIE",
		"cooKie policy", "Accept all coo\u212Aies", "\u0130N YOUR", "We use Cookies.", "Ca\xffkie", "Ünicode cookie", "c", "sUPPORT our", "in\x00your", "in your"}
	words := [][]string{{"click here"}, {"cookie", "in your"}, {"support", "donat"}, {"ik"}, {"in your"}}
	for _, s := range texts {
		lower := strings.ToLower(s)
		for _, ws := range words {
			if got, want := lowerHasPrefix(s, ws[0]), strings.HasPrefix(lower, ws[0]); got != want {
				t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, ws[0], got, want)
			}
		}
	}
}

// FuzzLowerFolds compares the folded tests with lowering the text, on any input.
func FuzzLowerFolds(f *testing.F) {
	f.Add("We use cookies", "cookie")
	f.Add("\u0130n your browser", "in your")
	f.Add("coo\u212Aie", "cookie")
	f.Fuzz(func(t *testing.T, s, w string) {
		w = strings.ToLower(w)
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 || 'A' <= r && r <= 'Z' }) >= 0 {
			return
		}
		lower := strings.ToLower(s)
		if got, want := lowerHasPrefix(s, w), strings.HasPrefix(lower, w); got != want {
			t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}

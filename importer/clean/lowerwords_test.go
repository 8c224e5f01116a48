package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// lowerWordsCases are texts and word lists where the one-pass filter must answer what
// lowering the whole text and looking for each word would.
var lowerWordsCases = []string{"", "Click here", "CLICK HERE to read", "click", "Cli\u0130ck", "\u0130n your", "COOK\u212AIE",
	"cooKie policy", "Accept all coo\u212Aies", "\u0130N YOUR", "We use Cookies.", "Ca\xffkie", "Ünicode cookie", "c", "sUPPORT our",
	"in\x00your", "in your", "“Help”", "—help", "he", "xh", "HELP\u212A", "journalis", "JOURNALISM.", "donaT", "\xc4"}

var lowerWordsLists = [][]string{{"click here"}, {"cookie", "in your"}, {"support", "donat", "help", "journalism"}, {"ik"}, {"in your"}, {"he"}}

func TestLowerWords(t *testing.T) {
	for _, s := range lowerWordsCases {
		for _, ws := range lowerWordsLists {
			if got, want := clean.LowerWordsIn(s, ws...), containsLowered(s, ws); got != want {
				t.Errorf("lowerWords(%q).in(%q) = %v, want %v", ws, s, got, want)
			}
		}
	}
}

// FuzzLowerWords compares the filter with lowering the text, on any input.
func FuzzLowerWords(f *testing.F) {
	for _, s := range lowerWordsCases {
		f.Add(s, "cookie", "help")
	}
	f.Fuzz(func(t *testing.T, s, w1, w2 string) {
		ws := []string{strings.ToLower(w1), strings.ToLower(w2)}
		for _, w := range ws {
			if len(w) < 2 || strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 || 'A' <= r && r <= 'Z' }) >= 0 {
				return
			}
		}
		if got, want := clean.LowerWordsIn(s, ws...), containsLowered(s, ws); got != want {
			t.Errorf("lowerWords(%q).in(%q) = %v, want %v", ws, s, got, want)
		}
	})
}

func containsLowered(s string, words []string) bool {
	lower := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// TestContainsFoldASCII checks the ASCII case-folded search against lowering the text, for
// words without the letters (i, k) that runes outside ASCII lower to.
func TestContainsFoldASCII(t *testing.T) {
	texts := append([]string{"Photo: Ann Lee", "PHOTO", "a pHoTo", "phot", "pphoto", "ph\u0130oto", "PhOtO.", "photophoto",
		"xxxxp", "P", "hotoP", "File photo by Ann Lee/Reuters", "pho\u212Ato", "\xffphoto", "photograph"}, lowerWordsCases...)
	for _, word := range []string{"photo", "follow", "contact", "reach"} {
		for _, s := range texts {
			t.Run(word+" in "+s, func(t *testing.T) {
				if got, want := clean.ContainsFoldASCII(s, word), containsLowered(s, []string{word}); got != want {
					t.Errorf("got %v, want %v", got, want)
				}
			})
		}
	}
}

package clean_test

import (
	"regexp"
	"testing"

	"hotline/importer/clean"
)

// TestAnchoredAgreesWithRegexp checks that the first-rune filter of anchored patterns
// never changes an answer: each pattern against texts that start with every kind of rune
// its case folding and classes reach (the long s, the Kelvin sign, capitals beyond
// ASCII, spaces, invalid UTF-8).
func TestAnchoredAgreesWithRegexp(t *testing.T) {
	texts := []string{"", "s", "Subscribe now", "subscribe", "ſubscribe", "SUBSCRIBE", "Keep reading", "\u212Aeep reading",
		"Ärger By Ann", "Élise Dupont is a reporter", "ÉLISE DUPONT", " (Reporting by Ann Lee)", "(Reporting by Ann Lee)",
		"\tEditing by Bo", "— With agencies", "–With AFP", "©2024", "\xffbad", "12:30", "A > B > C", "x", "Ω omega",
		"AP", "APx", "Reu", "Re", "ababc", "abab", "abc", "©", "(A", "Th", "The minister said", "Thi", "\u212Aab", "ſub"}
	for _, tc := range []struct {
		name     string
		expr     string
		filtered bool
	}{
		{"case folding", `(?i)^(?:subscribe\b|keep reading)`, true},
		{"capitals", `^(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{Lu}'’-]+$`, true},
		{"optional paren and spaces", `^(?:\(?\s*(?:Reporting|Editing) by\b|(?:[-—–]\s*)?[Ww]ith)`, true},
		{"digits", `^\d{1,2}[:.]\d{2}$`, true},
		{"optional start", `^(?:By )?Ann`, true},
		{"may be empty", `^(?:x)*$`, false},
		{"any rune", `^.bad`, false},
		{"not anchored", `Ann|^Bo`, false},
		{"invalid utf-8", `^[\x{FFFD}]bad`, true},
		{"matches shorter than the prefixes", `^(?:©|AP\b|Reuters|(?i:sub))`, true},
		{"repeats", `^(?:ab){2,}c|^x{1,3}$`, true},
		{"a large class after the prefixes", `^(?:The\s+\p{L}+|Ab\p{Lu})`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			re := regexp.MustCompile(tc.expr)
			for _, s := range texts {
				got, filtered := clean.AnchoredMatch(tc.expr, s)
				if want := re.MatchString(s); got != want {
					t.Errorf("%q on %q = %v, regexp says %v", tc.expr, s, got, want)
				}
				if filtered != tc.filtered {
					t.Errorf("%q filtered = %v, want %v", tc.expr, filtered, tc.filtered)
				}
			}
		})
	}
}

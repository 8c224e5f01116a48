package clean_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

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
		"Bo", "By", "BY Ann", "Ann", "An", "A", "Ab", "Editor: Ann", "E\xff", "s\u017fubscribe", "ke\u212Ap", "(R", "( Reporting",
		"Reporting by", "Repo", "xx", "xbad", "x\xffbad", "1:30", "12", "1a"}
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
		{"invalid utf-8 second", `^x[\x{FFFD}]bad`, true},
		{"literal openings", `^(?:By|BY|Written by):?\s+(.+)$`, true},
		{"repeats", `^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:is|was)\b`, true},
		{"a single rune may end it", `^(?:A|Bo)`, true},
		{"optional second", `^\d{1,2}[:.]\d{2}`, true},
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

// TestCleanerPatternsAgree runs every anchored pattern of the cleaner, filtered and not,
// on the sample articles' lines and on lines of furniture, each also with its first one
// and two runes replaced by runes the patterns' classes and folds treat apart.
func TestCleanerPatternsAgree(t *testing.T) {
	lines := []string{"By Ann Lee", "BY ANN LEE", "(Reporting by Ann Lee; Editing by Bo Chan)", "Editing by Bo", "READ MORE: Talks",
		"Related Stories Leaders", "list 1 of 3Leaders", "Keep reading list of 4 items", "Loading...", "Advertisement", "12:30 PM",
		"Published 3 hours ago", "Photo: Ann Lee/Reuters", "AFP", "(AP Photo)", "Ann LEE", "ANN LEE, BO CHAN", "World > Asia > China",
		"Tags: Trade, Lima", "Subscribe to our newsletter", "Media enquiries: 02 6277 7500", "###", "abc-de/fg", "END",
		"Jane Doe is a reporter for Example News.", "The views expressed are the author's own.", "Ann Lee reported from Lima.",
		"Image caption, The talks", "In this file photo taken", "Updated: 12 May 2024", "© 2024 Example", "Copyright 2024"}
	for _, a := range seedArticles(t) {
		lines = append(lines, strings.Split(a.Text, "\n")...)
	}
	firsts := []string{"", "A", "a", "É", "(", " ", "ſ", "\u212A", "\xff", "1", "©", "—"}
	var texts []string
	for _, l := range lines {
		texts = append(texts, l)
		for _, f := range firsts {
			for _, g := range firsts {
				_, size := utf8.DecodeRuneInString(l)
				rest := l[size:]
				_, size2 := utf8.DecodeRuneInString(rest)
				texts = append(texts, f+rest, f+g+rest[size2:])
			}
		}
	}
	disagree := clean.AnchoredDisagree()
	for _, s := range texts {
		if bad, second := disagree(s); len(bad) > 0 || second == 0 {
			t.Fatalf("on %q: %v disagree; %d second-rune filters", s, bad, second)
		}
	}
}

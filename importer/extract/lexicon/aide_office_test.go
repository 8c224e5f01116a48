package lexicon_test

import (
	"testing"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// aideMatch is a title, the aide's role and principal's office (and its demonym's country)
// that MatchAt must read at its first word, over so many words.
type aideMatch struct {
	text, role, principal, country string
	words                          int
}

// TestAideOfficeMatch checks that an office variant with "{office}" reads any other office
// after it as the principal, a demonym before that office allowed, only when capitalized as
// a title, and that the principal's phrase is no aide title itself.
func TestAideOfficeMatch(t *testing.T) {
	lex := mustLoad(t)
	for _, c := range []aideMatch{
		{"Senior Adviser to the Prime Minister Oliver", "Adviser", "Prime Minister", "", 6},
		{"Chief of Staff to the Ukrainian President Andriy", "Chief of Staff", "President", "UA", 7},
		{"Special Envoy of the Secretary-General Hans", "Ambassador", "Secretary-General", "", 5},
		{"Assistant to the President for National Security Affairs Daniel", "National Security Adviser", "President", "", 8},
		{"adviser to the president said", "Adviser", "", "", 1},
		{"Adviser to the people", "Adviser", "", "", 1},
	} {
		t.Run(c.text, func(t *testing.T) {
			m, ok := lex.MatchAt(tokens.Tokenize([]rune(c.text)), 0)
			if !ok || m.Kind != lexicon.PhraseOffice {
				t.Fatalf("MatchAt(%q) = %+v, %v; want an office", c.text, m, ok)
			}
			principal, country := "", ""
			if m.Principal >= 0 {
				principal = lex.Offices[m.Principal].Role
			}
			if m.Country >= 0 {
				country = lex.Countries[m.Country].Code
			}
			if got := lex.Offices[m.Idx].Role; got != c.role || principal != c.principal || country != c.country || m.To-m.From != c.words {
				t.Errorf("MatchAt(%q) = %q of %q (%q) over %d words; want %q of %q (%q) over %d", c.text, got, principal, country, m.To-m.From, c.role, c.principal, c.country, c.words)
			}
		})
	}
}

package lexicon_test

import (
	"testing"

	"hotline/importer/extract/lexicon"
)

// TestOfficeFlags checks flags of offices.tsv read as questions of a role: org-chief (the
// heads of international bodies, in both spellings people.tsv gives them) and org-prefix
// (the offices an organization named before them completes, "Pentagon spokesman"); a role
// of no row has none.
func TestOfficeFlags(t *testing.T) {
	lex := mustLoad(t)
	chief, prefix := (*lexicon.Lexicon).IsOrgChief, (*lexicon.Lexicon).TakesOrgName
	cases := []struct {
		name    string
		flag    func(*lexicon.Lexicon, string) bool
		yes, no []string
	}{
		{"org-chief", chief, []string{"Secretary-General", "Director-General", "Director General", "Managing Director"}, []string{"Foreign Minister", "Wagner chief"}},
		{"org-prefix", prefix, []string{"spokesman", "Director", "Secretary"}, []string{"President", "Wagner chief"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, role := range c.yes {
				if !c.flag(lex, role) {
					t.Errorf("%s(%q) = false, want true", c.name, role)
				}
			}
			for _, role := range c.no {
				if c.flag(lex, role) {
					t.Errorf("%s(%q) = true, want false", c.name, role)
				}
			}
		})
	}
}

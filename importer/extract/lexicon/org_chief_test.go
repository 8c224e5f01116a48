package lexicon_test

import "testing"

// TestIsOrgChief checks the offices.tsv flag org-chief: the heads of international bodies,
// in both spellings people.tsv gives them, and no state office.
func TestIsOrgChief(t *testing.T) {
	lex := mustLoad(t)
	cases := []struct {
		role string
		want bool
	}{
		{"Secretary-General", true},
		{"Director-General", true},
		{"Director General", true},
		{"Managing Director", true},
		{"Foreign Minister", false},
		{"President", false},
		{"Wagner chief", false}, // a role of no row
	}
	for _, c := range cases {
		t.Run(c.role, func(t *testing.T) {
			if got := lex.IsOrgChief(c.role); got != c.want {
				t.Errorf("IsOrgChief(%q) = %v, want %v", c.role, got, c.want)
			}
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSidelinesMark checks that a contact told as held on the sidelines (margins, fringes)
// of a gathering carries extract.SidelinesRule in its rule, wherever the sentence puts the
// phrase, and that a contact told at the gathering itself does not.
func TestSidelinesMark(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, text string
		want       []bool // per contact, in order: marked as on the sidelines
	}{
		{"fronted sidelines of a summit", "On the sidelines of the G20 summit in Rio, Brazilian President Paulo Mendes met Chinese President Wei Long on Tuesday.", []bool{true}},
		{"talks on the margins", "Indian Prime Minister Vikram Rao held talks with U.S. President Daniel Whitfield on the margins of the NATO summit on Tuesday.", []bool{true}},
		{"the summit's fringes", "Indian Prime Minister Vikram Rao met U.S. President Daniel Whitfield on the summit's fringes on Tuesday.", []bool{true}},
		{"at the summit itself", "Indian Prime Minister Vikram Rao met U.S. President Daniel Whitfield at the summit in Wilmington on Tuesday.", []bool{false}},
		{"a summit of four", "Australian Prime Minister Liam Hartley, Japanese Prime Minister Haruto Onishi, Indian Prime Minister Vikram Rao and U.S. President Daniel Whitfield met in Wilmington on Saturday for a Quad summit.", []bool{false}},
		{"profit margins are no sidelines", "Indian Prime Minister Vikram Rao met U.S. President Daniel Whitfield on Tuesday to discuss the thin margins of exporters.", []bool{false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: "2024-09-22"})
			if len(res.Contacts) != len(c.want) {
				t.Fatalf("got %d contacts %v, want %d", len(res.Contacts), describe(res), len(c.want))
			}
			for i, w := range c.want {
				rule := res.Contacts[i].Evidence.Rule
				if got := extract.OnSidelines(rule); got != w {
					t.Errorf("contact %d rule %q: on the sidelines %v, want %v", i, rule, got, w)
				}
				if base := extract.BaseRule(rule); extract.OnSidelines(base) || base == "" {
					t.Errorf("contact %d base rule %q still marked or empty", i, base)
				}
			}
		})
	}
}

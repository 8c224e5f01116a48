package extract_test

import "testing"

// TestRegionOffice covers an office a region follows before the name ("Special Envoy to
// the Middle East X"): the region is no country the lexicon knows, so the office and the
// demonym before it give the role and the country.
func TestRegionOffice(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"an envoy to a region", "On Saturday, Egyptian Foreign Minister Omar Sadek and U.S. Special Envoy to the Middle East Walter Brennick held a phone call.",
			[]actorWant{{"Walter Brennick", "Ambassador", "US"}}, []string{"Middle East Walter Brennick"}},
		{"an envoy for a region", "French special envoy for the Middle East Pierre Vautrin arrived in Amman on Monday.",
			[]actorWant{{"Pierre Vautrin", "Ambassador", "FR"}}, nil},
	}
	runActorCases(t, x, cases)
}

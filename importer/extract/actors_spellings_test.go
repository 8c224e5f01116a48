package extract_test

import "testing"

// TestGivenNameSpelledTwoWays covers a story that spells one person's given name two ways,
// a vowel apart: one actor, however the second spelling was vouched for.
func TestGivenNameSpelledTwoWays(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a vowel apart, vouched by a speaking surname", "An interview with Marlena Dorsey, curator of the show. The prints came from a trust, according to Marlene Dorsey, the curator. \"They are fragile,\" Dorsey said.",
			[]actorWant{{"Marlena Dorsey", "", ""}}, []string{"Marlene Dorsey"}},
		{"different given names stay apart", "Thomas Kerr met Tobias Kerr in Oslo. \"It went well,\" Kerr said.",
			[]actorWant{{"Thomas Kerr", "", ""}, {"Tobias Kerr", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

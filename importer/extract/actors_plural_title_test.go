package extract_test

import "testing"

// TestPluralTitleList covers a pair of names after a plural title with a demonym
// ("Chinese officials A and B"): both are that country's; names after a verb share none.
func TestPluralTitleList(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"officials", "Chinese officials Wang Hua and Li Ming met the delegation.",
			[]actorWant{{"Wang Hua", "", "CN"}, {"Li Ming", "", "CN"}}, nil},
		{"diplomats", "Russian diplomats Pavel Orlov and Ivan Sokolov met the delegation.",
			[]actorWant{{"Pavel Orlov", "", "RU"}, {"Ivan Sokolov", "", "RU"}}, nil},
		{"names after a verb", "Chinese officials met Dr. Tom Kessler and Dr. Anna Berg on Monday.",
			[]actorWant{{"Tom Kessler", "", ""}, {"Anna Berg", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

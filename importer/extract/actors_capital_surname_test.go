package extract_test

import "testing"

// TestCapitalSurnameFirst covers names printed surname first in capitals after a courtesy
// title, as Japanese official readouts print them: they are persons, named in the usual
// order; capitals elsewhere stay acronyms.
func TestCapitalSurnameFirst(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"known prime minister", "On March 7, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with Mr. Joseph R. Biden, President of the United States.",
			[]actorWant{{"Fumio Kishida", "", ""}, {"Joe Biden", "", ""}}, []string{"KISHIDA Fumio", "Kishida Fumio"}},
		{"foreign minister met", "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, met with Mr. Sergei Lavrov.",
			[]actorWant{{"Yoko Kamikawa", "", ""}}, []string{"KAMIKAWA Yoko"}},
		{"an unknown official", "Mr. TANAKA Hiroshi, Ambassador of Japan, paid a courtesy call on Mr. Antony Blinken.",
			[]actorWant{{"Hiroshi Tanaka", "", ""}}, []string{"TANAKA Hiroshi"}},
		{"an acronym before a name is none", "The NATO Secretary General Jens Stoltenberg met Mr. Olaf Scholz.",
			[]actorWant{{"Jens Stoltenberg", "", ""}}, []string{"NATO Jens Stoltenberg"}},
	}
	runActorCases(t, x, cases)
}

package extract_test

import "testing"

// TestPartyMP covers a member of parliament titled by a party of one country ("Labour MP
// X"): the MP serves that party's country; a member of parliament of a party the
// lexicon does not know gets none from the title alone.
func TestPartyMP(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"party before MP", "Labour MP Ann Cleary appealed for calm.",
			[]actorWant{{"Ann Cleary", "MP", "GB"}}, nil},
		{"ex- party before MP", "Ex-Labour MP Ann Cleary appealed for calm.",
			[]actorWant{{"Ann Cleary", "MP", "GB"}}, nil},
		{"unknown party before member of parliament", "Opposition member of parliament Raja Velan was quoted as saying the talks failed.",
			[]actorWant{{"Raja Velan", "MP", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

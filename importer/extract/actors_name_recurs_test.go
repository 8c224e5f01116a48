package extract_test

import "testing"

// TestNameRecurs covers a two-word name that no given name, title or speech verb vouches
// for, whose surname alone recurs: twice makes it a person, once does not.
func TestNameRecurs(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"surname alone twice", "Iran closed the door on meeting Odera Mwangaza on Wednesday. Tehran dismissed the idea of a photo-op with Mwangaza. It doubted the sincerity of the Mwangaza administration.",
			[]actorWant{{"Odera Mwangaza", "", ""}}, nil},
		{"surname alone once", "Iran closed the door on meeting Odera Mwangaza on Wednesday. Tehran dismissed the idea of a photo-op with Mwangaza.",
			nil, []string{"Odera Mwangaza"}},
		{"a greeting before the surname is no given name", "When people meet me they say, 'Hey Varga, my name is John,' and I laugh. Varga writes poems about baseball. Fans know Varga well.",
			nil, []string{"Hey Varga"}},
	}
	runActorCases(t, x, cases)
}

package gum_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/internal/gum"
)

// minister is a made-up document with a named mention of three words, a mention nested in
// a longer one, a name in apposition to a common noun, and a one-word pronoun mention.
func minister(tb testing.TB) string {
	tb.Helper()
	return conllu(tb,
		"# newdoc id = made_up_minister",
		"1 Minister PROPN 3 compound Entity=(1-person-new-sss-cf1-2,3-coref-Tamsk_Oduya",
		"2 Tamsk PROPN 3 flat _",
		"3 Oduya PROPN 4 nsubj Entity=1)",
		"4 met VERB 0 root _",
		"5 the DET 6 det Entity=(2-person-new-sss-cf2-3-coref",
		"6 envoy NOUN 4 obj _",
		"7 Lera PROPN 6 appos _",
		"8 of ADP 9 case _",
		"9 Norvia PROPN 6 nmod Entity=(3-place-new-sss-cf3-1-coref)2)",
		"",
		"1 He PRON 2 nsubj Entity=(1-person-giv-sss-cf1-1-coref)",
		"2 left VERB 0 root _",
		"",
	)
}

func TestEntities(t *testing.T) {
	d := read(t, minister(t), gum.Options{})[0]
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"mentions in the order they open", len(d.Entities), 4},
		{"a name's span, head and name", spaced(d.Entities[0].Span, d.Entities[0].Head, d.Entities[0].Name, d.Entities[0].Named), "{0 3} 2 2 true"},
		{"a common noun with a name in apposition", spaced(d.Entities[1].Span, d.Entities[1].Head, d.Entities[1].Name, d.Entities[1].Type), "{4 9} 5 6 person"},
		{"a mention nested at a mention's end", spaced(d.Entities[2].Span, d.Entities[2].Chain, d.Entities[2].Type), "{8 9} 3 place"},
		{"a pronoun", spaced(d.Entities[3].Span, d.Entities[3].Chain, d.Entities[3].Named), "{9 10} 1 false"},
		{"a chain with a name", d.Chains[1], gum.Chain{Type: "person", Named: true, Size: 2}},
		{"a chain of one mention", d.Chains[3], gum.Chain{Type: "place", Named: true, Size: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, want := fmt.Sprint(c.got), fmt.Sprint(c.want); got != want {
				t.Errorf("%s, want %s", got, want)
			}
		})
	}
}

// spaced prints values separated by spaces.
func spaced(v ...any) string { return strings.TrimSuffix(fmt.Sprintln(v...), "\n") }

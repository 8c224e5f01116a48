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

// TestPeopleAreNoNamedPersons: GUM types a people as person ("the Varnish", "Norvians");
// a gold name scored against extraction's persons must not count them, so a person
// mention whose proper-noun head is plural or follows "the" is not Named.
func TestPeopleAreNoNamedPersons(t *testing.T) {
	text := conllu(t,
		"# newdoc id = made_up_peoples",
		"1 the DET 2 det Entity=(1-person-new-sss-cf1-1-coref",
		"2 Varnish PROPN 3 nsubj Entity=1)",
		"3 traded VERB 0 root _",
		"4 with ADP 5 case _",
		"5 Norvians PROPN 3 obl Entity=(2-person-new-sss-cf2-1-coref)",
		"6 and CCONJ 7 cc _",
		"7 Lera PROPN 5 conj Entity=(3-person-new-sss-cf3-1-coref)",
		"",
	)
	// FEATS is "_" in the fixture's lines: mark the demonym plural as GUM does.
	text = strings.Replace(text, "Norvians\tnorvians\tPROPN\t_\t_", "Norvians\tnorvians\tPROPN\t_\tNumber=Plur", 1)
	d := read(t, text, gum.Options{})[0]
	for _, c := range []struct {
		name  string
		entry int
		named bool
	}{
		{"a proper noun after the", 0, false},
		{"a plural proper noun", 1, false},
		{"a singular proper noun", 2, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := d.Entities[c.entry].Named; got != c.named {
				t.Errorf("Named %v, want %v", got, c.named)
			}
		})
	}
}

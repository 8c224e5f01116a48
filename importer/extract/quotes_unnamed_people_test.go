package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestUnnamedPeopleSpeak covers the unnamed people conflict and summit copy quotes (a
// resident, a witness, an analyst): "he said" after one of them is theirs, no actor, not
// the leader named before; a name in apposition before the noun ("X, an expert on ...,
// said") is no unnamed speaker, and a body named in a relative clause after one (`," said
// a mother of three, who left with help from the Red Cross`) does not speak for them.
func TestUnnamedPeopleSpeak(t *testing.T) {
	x := newExtractor(t)
	const lead = "Ukrainian President Taras Hnatiuk visited Kharkiv on Monday. "
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a resident then he said",
			lead + `A resident said the shelling had not stopped. "We are scared every night," he said.`,
			[]quoteWant{{"We are scared every night,", ""}}},
		{"an analyst with a place then he said",
			lead + `An analyst at a Kyiv think tank said the visit mattered. "It sends a signal to Moscow," he said.`,
			[]quoteWant{{"It sends a signal to Moscow,", ""}}},
		{"a body in the relative clause after an inverted unnamed speaker",
			lead + `"We sleep in the metro now," said a mother of three, who left her village with help from the Red Cross.`,
			[]quoteWant{{"We sleep in the metro now,", ""}}},
		{"a named expert in apposition",
			lead + `Oleh Marchenko, an expert on Russia at Kyiv University, said the visit mattered. "It sends a signal to Moscow," he said.`,
			[]quoteWant{{"It sends a signal to Moscow,", "Oleh Marchenko"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

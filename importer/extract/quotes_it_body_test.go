package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestItSaidAfterBodyActed runs made-up stories where a body acts in one sentence
// (condemns, rejects, summons) and the next quotes it as "it": "it" is that body, never a
// person, and no body when a person is the subject before it.
func TestItSaidAfterBodyActed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"ministry condemned, it said after",
			"Norway's foreign ministry condemned the shelling of the port. \"Attacks on civilians must stop at once,\" it said in a statement.",
			[]quoteWant{{"Attacks on civilians must stop at once,", "Norwegian Foreign Ministry"}}},
		{"next paragraph",
			"India's foreign ministry summoned the envoy on Friday.\n\n\"The remarks made in the assembly are unacceptable,\" it said.",
			[]quoteWant{{"The remarks made in the assembly are unacceptable,", "Indian Foreign Ministry"}}},
		{"It said before the quotation",
			"Norway's foreign ministry condemned the shelling of the port on Sunday. It said the attack was \"a grave breach of the ceasefire agreed in May.\"",
			[]quoteWant{{"a grave breach of the ceasefire agreed in May.", "Norwegian Foreign Ministry"}}},
		{"it added",
			"NATO rejected the accusation on Tuesday. \"The alliance threatens no one and never has,\" it added.",
			[]quoteWant{{"The alliance threatens no one and never has,", "NATO"}}},
		{"a person is the subject before",
			"Jonas Berg criticised NATO on Tuesday. \"The plan threatens no one and never has,\" it said.",
			[]quoteWant{{"The plan threatens no one and never has,", ""}}},
	})
}

// speakerCase is one made-up story and the quotations with speakers it should give.
type speakerCase struct {
	name string
	text string
	want []quoteWant
}

// runSpeakerCases extracts each case's story and checks its quotations and speakers.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	x := newExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestTheAgencySaid runs made-up copy where "the agency said" goes on after a body whose
// name does not hold the word: a UN agency ("the World Food Programme") or a wire service.
// A body whose name holds it still comes first.
func TestTheAgencySaid(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a UN agency",
			"The World Food Programme said on Monday it had suspended deliveries in the north after an attack on a convoy.\n\n\"Our staff are safe but shaken,\" the agency said.",
			[]quoteWant{{"Our staff are safe but shaken,", "World Food Programme"}}},
		{"a body named as an agency",
			"The World Food Programme and the International Atomic Energy Agency both sent teams on Monday.\n\n\"Our inspectors will stay as long as needed,\" the agency said.",
			[]quoteWant{{"Our inspectors will stay as long as needed,", "IAEA"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

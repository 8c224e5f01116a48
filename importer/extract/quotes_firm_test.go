package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestFirmReference covers "the firm said" and "the company said": the business the
// article named as one ("the law firm X"), and no speaker when it named none; "a X
// spokesman said" of that business speaks for it.
func TestFirmReference(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the firm said is the business named before", `The leaks came from the law firm Brennock Kestrel in Panama. "We have always complied with the law," the firm said. The company said it "does not foster or promote illegal acts."`,
			[]quoteWant{{"We have always complied with the law,", "Brennock Kestrel"}, {"does not foster or promote illegal acts.", "Brennock Kestrel"}}},
		{"a spokesman of the business named before speaks for it", `The leaks came from the law firm Brennock Kestrel in Panama. In a statement to the consortium, a Brennock Kestrel spokesman said it "does not foster or promote illegal acts." "We have always complied with the law," a Brennock Kestrel spokeswoman said.`,
			[]quoteWant{{"does not foster or promote illegal acts.", "Brennock Kestrel"}, {"We have always complied with the law,", "Brennock Kestrel"}}},
		{"the firm said with no business named", `Prime Minister Petteri Orpo met the board on Monday. "We have always complied with the law," the firm said.`,
			[]quoteWant{{"We have always complied with the law,", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteInvertedAttributionSpeaksBoth covers an inverted attribution between two
// quotations: the name right after the verb, however long the description after it,
// speaks the quotation after it too; "it" after a quoted news agency is the agency; an
// unknown department that opens its own name speaks.
func TestQuoteInvertedAttributionSpeaksBoth(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a long apposition between the parts", `"The rule," says Lena Morrow, a trade analyst who once ran the customs office and later taught law, "was always to check twice."`,
			[]quoteWant{{"The rule,", "Lena Morrow"}, {"was always to check twice.", "Lena Morrow"}}},
		{"a relative clause, then the next quotation", `"The plan was too much," said Tom Hale, whose panel has studied it since March. "Everything fell apart."`,
			[]quoteWant{{"The plan was too much,", "Tom Hale"}, {"Everything fell apart.", "Tom Hale"}}},
		{"it after a news agency's inverted attribution", "Seoul said shells fell near the border.\n\n\"The enemy fired first\", said Yonhap. \"Reckless acts deserve punishment\", it added.",
			[]quoteWant{{"The enemy fired first", "Yonhap"}, {"Reckless acts deserve punishment", "Yonhap"}}},
		{"a department the gazetteer does not know", `The Ruritanian Department of Forestry notes, "Ozone harms more trees than any other pollutant".`,
			[]quoteWant{{"Ozone harms more trees than any other pollutant", "Ruritanian Department of Forestry"}}},
		{"a date ends an unknown body's name", `The High Electoral Commission on Friday said, "The count is final".`,
			[]quoteWant{{"The count is final", "High Electoral Commission"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

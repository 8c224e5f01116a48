package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestItSaidAfterABodyIssuedAStatement runs made-up copy where a body placed in a city
// issues a statement ("The Iranian embassy in Baghdad issued a statement.") and "It said"
// follows: the words are that body's, not those of another body that spoke before it.
func TestItSaidAfterABodyIssuedAStatement(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"an embassy in a city issued a statement",
			"Iranian Foreign Minister Hossein Karimi visited Baghdad on Sunday.\n\nIraq's foreign ministry said the visit was productive.\n\nThe Iranian embassy in Baghdad issued a statement. It said Karimi had \"conveyed the greetings of the Iranian leadership.\"",
			[]quoteWant{{"conveyed the greetings of the Iranian leadership.", "Iranian Embassy"}}},
		{"a ministry released a statement",
			"Iranian Foreign Minister Hossein Karimi visited Baghdad on Sunday.\n\nIraq's foreign ministry said the visit was productive.\n\nThe Iranian foreign ministry released a short statement. It said Karimi had \"conveyed the greetings of the Iranian leadership.\"",
			[]quoteWant{{"conveyed the greetings of the Iranian leadership.", "Iranian Foreign Ministry"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

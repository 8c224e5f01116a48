package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteSpeakerDescribedAs runs made-up copy that calls a speaker quoted for what they
// know by the noun it described them with: `," the researcher said` is the person
// introduced as a researcher, before the name or in an apposition after it, not the one
// the sentences before speak of; a noun the article described no one with names no one (the
// words stay a quotation of no speaker).
func TestQuoteSpeakerDescribedAs(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"described before the name",
			"Prime Minister Tomas Berg defended the policy on Monday.\n\nNorwegian researcher with Amnesty International Ingrid Solheim told the BBC that the camps were full.\n\n\"The problem is that there is no protection at all,\" the researcher said.",
			[]quoteWant{{"The problem is that there is no protection at all,", "Ingrid Solheim"}}},
		{"described in an apposition, another person between",
			"\"The sanctions will bite by the spring,\" said Oskar Lind, a professor at the Nordic Institute.\n\nFinance Minister Marta Holm disagreed on Tuesday.\n\n\"Nobody in the markets believes the ministry,\" said the professor.",
			[]quoteWant{{"The sanctions will bite by the spring,", "Oskar Lind"}, {"Nobody in the markets believes the ministry,", "Oskar Lind"}}},
		{"described with no one",
			"Finance Minister Marta Holm defended the budget on Tuesday.\n\n\"Nobody in the markets believes the ministry,\" the analyst said.",
			[]quoteWant{{"Nobody in the markets believes the ministry,", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

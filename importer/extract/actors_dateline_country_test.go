package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// datelineCase is one story, the place of its dateline and the country one person of it
// should get.
type datelineCase struct {
	name, dateline, text, person, country string
}

// TestDatelineCountry covers an office holder named by office alone in a story filed from
// a capital that no country dominates: the dateline's country is the holder's when the
// story names it at all, even less often than another.
func TestDatelineCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"capital dateline, country named as often as another", "Tokyo",
			"North Korea fired a ballistic missile on Thursday. Prime Minister Haruto Velmisaki instructed his government to gather information. The launch prompted Japan's alert system to warn residents.",
			"Haruto Velmisaki", "JP"},
		{"country and capital dateline", "Caracas, Venezuela",
			"President Emilio Carvandez met opposition leaders on Monday to discuss a recall vote in Venezuela.",
			"Emilio Carvandez", "VE"},
		{"a dateline country the story never names", "Washington",
			"Prime Minister Aldo Brevetti spoke on Monday. Italy and France signed the accord, and Italy will host the next round.",
			"Aldo Brevetti", ""},
		{"a dateline country named less often than another", "Washington",
			"President Marek Dolvant praised the accord with Iran as French President Luc Vernaud looked on. Iran agreed to limit enrichment, and Germany backed the deal, U.S. officials said.",
			"Marek Dolvant", "US"},
		{"no dateline", "",
			"North Korea fired a ballistic missile on Thursday. Prime Minister Haruto Velmisaki instructed his government to gather information. The launch prompted Japan's alert system to warn residents.",
			"Haruto Velmisaki", ""},
		{"the story's dominant country wins over the dateline", "Washington",
			"President Dravin Kolostov told Russian media that Russia would not accept the terms. Russia has rejected earlier offers, and the United States says talks may resume.",
			"Dravin Kolostov", "RU"},
	}
	runDatelineCases(t, x, cases)
}

// runDatelineCases extracts each case's story with its dateline and checks the country of
// its person.
func runDatelineCases(t *testing.T, x *extract.Extractor, cases []datelineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Dateline: c.dateline})
			a, ok := findActor(res, c.person)
			if !ok {
				t.Fatalf("missing actor %q in %v", c.person, actorNames(res))
			}
			if a.Country != c.country {
				t.Errorf("%s country = %q, want %q", c.person, a.Country, c.country)
			}
		})
	}
}

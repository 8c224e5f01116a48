package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestPrimeMinistersOfficeOfTheStory runs made-up readouts where "the Prime Minister's
// Office" speaks: it is the office of the prime minister the story names, Downing Street
// only for a British one or when none is named.
func TestPrimeMinistersOfficeOfTheStory(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"an Israeli prime minister",
			"Prime Minister Benjamin Netanyahu spoke with President Donald Trump on Sunday.\n\n\"The prime minister thanked the president for his support,\" the Prime Minister's Office said in a statement.",
			[]quoteWant{{"The prime minister thanked the president for his support,", "Israeli Prime Minister's Office"}}},
		{"an Indian prime minister, colon",
			"Prime Minister Narendra Modi held a phone call with President Vladimir Putin on Monday.\n\nThe Prime Minister's Office said: \"The two leaders reviewed bilateral cooperation.\"",
			[]quoteWant{{"The two leaders reviewed bilateral cooperation.", "Indian Prime Minister's Office"}}},
		{"a British prime minister",
			"Prime Minister Keir Starmer spoke with President Emmanuel Macron on Monday.\n\n\"The leaders agreed to keep working together,\" the Prime Minister's Office said.",
			[]quoteWant{{"The leaders agreed to keep working together,", "Downing Street"}}},
		{"no prime minister named",
			"\"The talks will go on,\" the Prime Minister's Office said.",
			[]quoteWant{{"The talks will go on,", "Downing Street"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSheAfterFacingThePress runs made-up copy where a person whose gender the text does
// not tell faces the press in the sentence before "she said" ("spoke to reporters", "took
// questions", "Speaking to reporters, X was upbeat", "Reporters asked X"), in the same
// paragraph or the one before: the words are that person's, the one the article was
// speaking of, not a woman named earlier, also when its subject faced the press after
// talks with her, the one asked, "Reporters asked X about Y's remarks" (askedIn), and one
// who told a view, "X defended the plan" (judgesIn). A sentence that tells of no press and
// no view, or a view of the woman, "X thanked Y", still leaves "she" to her.
func TestSheAfterFacingThePress(t *testing.T) {
	x := newExtractor(t)
	const lead = "Secretary of State Hillary Clinton met Foreign Minister Tsvetana Orlik in Sofia on Monday.\n\n"
	const words = "We have agreed on a series of steps,"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"spoke to reporters", lead + "Orlik spoke to reporters. \"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"took questions, a paragraph before", lead + "Orlik took questions from reporters.\n\n\"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"speaking to reporters opening", lead + "Speaking to reporters, Orlik was upbeat. \"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"reporters asked", lead + "Reporters asked Orlik about the talks.\n\n\"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"the subject faced the press after talks with the woman", lead + "Orlik spoke to reporters after the talks with Clinton.\n\n\"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"an interview opening", lead + "In an interview with state television, Orlik was cautious. \"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"asked about the woman's remarks", lead + "Reporters asked Orlik about Clinton's remarks. \"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"asked by a person: the one asked", lead + "Clinton asked Orlik about the remarks. \"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"a view told", lead + "Orlik defended the plan. \"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"disagreed, a paragraph before", lead + "Orlik sharply disagreed.\n\n\"" + words + "\" she said.", []quoteWant{{words, "Tsvetana Orlik"}}},
		{"thanked the woman: either", lead + "Orlik thanked Clinton. \"" + words + "\" she said.", []quoteWant{{words, "Hillary Clinton"}}},
		{"no press", lead + "Orlik left for Brussels. \"" + words + "\" she said.", []quoteWant{{words, "Hillary Clinton"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

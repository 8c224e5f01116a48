package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestCounterpartSpeaks runs made-up wire copy where "her counterpart said", "his Turkish
// counterpart told reporters", `," said X's Turkish counterpart` or "His Hungarian counterpart was more guarded" before a "he said" or a colon gives a quotation's speaker: the person of another country,
// in an office of the same family as the possessor's, named before. With no such person,
// or a counterpart of another country than the one the words name, the quotation keeps no
// speaker rather than a guessed one.
func TestCounterpartSpeaks(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"her counterpart after a meeting",
			"Ukrainian Foreign Minister Oksana Hrytsenko met her Turkish counterpart Kemal Ozdenir in Ankara on Monday.\n\n\"We discussed grain exports,\" Hrytsenko said. \"We agree on the need for a ceasefire,\" her counterpart said.",
			[]quoteWant{{"We discussed grain exports,", "Oksana Hrytsenko"}, {"We agree on the need for a ceasefire,", "Kemal Ozdenir"}}},
		{"his counterpart of the office's family, not the adviser named last",
			"Polish Foreign Minister Marek Zielinski spoke by phone with Lithuanian Foreign Minister Ruta Vaitkute on Monday. Zielinski's adviser Tomas Nowak of Poland joined the call.\n\n\"The border stays open,\" Zielinski said. \"We will coordinate,\" his counterpart told reporters.",
			[]quoteWant{{"The border stays open,", "Marek Zielinski"}, {"We will coordinate,", "Ruta Vaitkute"}}},
		{"his counterpart with the country named",
			"German Chancellor Lukas Brenner hosted French President Claire Vautrin and Italian Prime Minister Giulia Ferraro in Berlin on Friday.\n\n\"Europe must act,\" Brenner said. \"We agree with every word,\" his French counterpart said.",
			[]quoteWant{{"Europe must act,", "Lukas Brenner"}, {"We agree with every word,", "Claire Vautrin"}}},
		{"a named possessor after an inverted verb",
			"Ukrainian Foreign Minister Oksana Hrytsenko met Turkish Foreign Minister Kemal Ozdenir in Ankara on Monday.\n\n\"We agree on the need for a ceasefire,\" said Hrytsenko's Turkish counterpart.",
			[]quoteWant{{"We agree on the need for a ceasefire,", "Kemal Ozdenir"}}},
		{"a named possessor before the verb",
			"Ukrainian Foreign Minister Oksana Hrytsenko met Turkish Foreign Minister Kemal Ozdenir in Ankara on Monday.\n\nHrytsenko's counterpart said: \"We agree on the need for a ceasefire.\"",
			[]quoteWant{{"We agree on the need for a ceasefire.", "Kemal Ozdenir"}}},
		{"a counterpart who opens the sentence before a he said",
			"Ukrainian Foreign Minister Oksana Hrytsenko met Hungarian Foreign Minister Laszlo Varkonyi in Uzhhorod on Monday.\n\n\"We have turned a page,\" said Hrytsenko. Her Hungarian counterpart was more guarded. \"Many questions remain open,\" he said.",
			[]quoteWant{{"We have turned a page,", "Oksana Hrytsenko"}, {"Many questions remain open,", "Laszlo Varkonyi"}}},
		{"a counterpart who opens the sentence before a colon",
			"Ukrainian Foreign Minister Oksana Hrytsenko met Hungarian Foreign Minister Laszlo Varkonyi in Uzhhorod on Monday.\n\n\"We have turned a page,\" said Hrytsenko. Hrytsenko's counterpart, however, struck a cooler tone: \"Many questions remain open.\"",
			[]quoteWant{{"We have turned a page,", "Oksana Hrytsenko"}, {"Many questions remain open.", "Laszlo Varkonyi"}}},
		{"no counterpart named before",
			"German Chancellor Lukas Brenner spoke at the Bundestag on Friday.\n\n\"Europe must act,\" Brenner said. \"We agree with every word,\" his counterpart said.",
			[]quoteWant{{"Europe must act,", "Lukas Brenner"}, {"We agree with every word,", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

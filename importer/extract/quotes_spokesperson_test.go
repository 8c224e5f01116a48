package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestUnnamedSpokespersonNamedBefore runs made-up briefings where a body's spokesperson,
// named once with the body ("Kremlin spokesman Dmitry Peskov"), is later called only by
// the office ("the Kremlin spokesman said"): the words are that person's. A body whose
// spokesperson the article never named keeps the words.
func TestUnnamedSpokespersonNamedBefore(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the body's press secretary after an apposition named him",
			"Dmitry Peskov, the Kremlin spokesman, said there were no preparations for a meeting.\n\n\"There is no such work now,\" the Kremlin's press secretary said.",
			[]quoteWant{{"There is no such work now,", "Dmitry Peskov"}}},
		{"the Kremlin spokesman said",
			"Russia said on Monday it was ready for talks.\n\n\"We are ready to meet at any level,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n\"There is no date yet,\" the Kremlin spokesman said.",
			[]quoteWant{{"We are ready to meet at any level,", "Dmitry Peskov"}, {"There is no date yet,", "Dmitry Peskov"}}},
		{"the ministry spokeswoman said",
			"Chinese Foreign Ministry spokeswoman Mao Ning said on Monday that Beijing opposed the sanctions.\n\n\"China firmly opposes unilateral sanctions,\" the ministry spokeswoman said.",
			[]quoteWant{{"China firmly opposes unilateral sanctions,", "Mao Ning"}}},
		{"the department spokesperson told reporters, the name two paragraphs up",
			"State Department spokesperson Tammy Bruce said Secretary of State Marco Rubio would travel to Asia.\n\nThe trip will include Manila and Hanoi.\n\n\"The secretary looks forward to the visit,\" the State Department spokesperson told reporters.",
			[]quoteWant{{"The secretary looks forward to the visit,", "Tammy Bruce"}}},
		{"no spokesperson named: the body",
			"\"The claims are baseless,\" a Kremlin spokesman said.",
			[]quoteWant{{"The claims are baseless,", "Kremlin"}}},
		{"a spokesman, not the one named: the body",
			"Kremlin spokesman Dmitry Peskov said the talks would go on.\n\n\"The claims are baseless,\" a Kremlin spokesman said.",
			[]quoteWant{{"The claims are baseless,", "Kremlin"}}},
		{"another body's spokesperson named: the body",
			"State Department spokesperson Tammy Bruce said the talks would go on.\n\n\"The claims are baseless,\" the Kremlin spokesman said.",
			[]quoteWant{{"The claims are baseless,", "Kremlin"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

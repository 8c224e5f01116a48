package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestOrdinalDaysParse reads a contact whose date prints its day as an ordinal, as South
// Asian and British copy does ("on 31st March", "on the 2nd of April", "March 31st"), as
// one with plain figures: all its parties and its day. The articles are of Thursday
// 2024-04-04.
func TestOrdinalDaysParse(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-04-04"
	three := []string{"Arjun Mehta", "Daniel Okafor", "Hana Kimura"}
	const lead = "NEW DELHI Indian Prime Minister Arjun Mehta joined with Nigerian President Daniel Okafor and Japanese Prime Minister Hana Kimura "
	const tail = " to present a united front over what he called \"reckless\" levies imposed by the bloc in its recent carbon and steel rules."
	runDateCases(t, x, []dateCase{
		{"a British ordinal", lead + "on 31st March" + tail, thu, three, "2024-03-31", "31st March"},
		{"a US ordinal", lead + "on March 31st" + tail, thu, three, "2024-03-31", "March 31st"},
		{"plain figures", lead + "on 31 March" + tail, thu, three, "2024-03-31", "31 March"},
		{"an ordinal of a month", lead + "on the 2nd of April" + tail, thu, three, "2024-04-02", "2nd of April"},
	})
}

// TestOrdinalDaysTagged parses the day of a date printed as an ordinal as the figure it is
// ("31st March" as "31 March"): the parser's treebank dates with plain figures and reads
// "31st" as an adjective, which can hang the rest of the sentence on it.
func TestOrdinalDaysTagged(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct{ name, text, day string }{
		{"a British ordinal", "Indian Prime Minister Arjun Mehta joined with Nigerian President Daniel Okafor and Japanese Prime Minister Hana Kimura on 31st March to present a united front.", "31"},
		{"a US ordinal", "Mehta met Okafor on March 22nd in Abuja.", "22"},
		{"an ordinal that is no day", "Mehta met Okafor for the 3rd time in Abuja.", "3rd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := x.Explain(extract.Input{Text: tc.text, Published: "2024-04-04"})
			for _, p := range ex.Sentences[0].Parse {
				if p.Text == tc.day {
					return
				}
			}
			t.Errorf("no parse token %q in %v", tc.day, ex.Sentences[0].Parse)
		})
	}
}

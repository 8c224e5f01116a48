package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestPersonAcronyms covers the acronym a text gives a person in brackets after the full
// name: each later use of it is that person, who meets and speaks under it; the quoted
// acronym in the brackets is no quotation. Capitals that do not spell the name's
// initials, or that the gazetteer knows, stay no one.
func TestPersonAcronyms(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	runContactCases(t, x, []contactCase{
		{"bracketed initials", "Deputy Prime Minister Viktor Orlan (VO) arrived in Paris. VO met French President Emmanuel Macron on Tuesday.", "",
			[]contactWant{meeting("Viktor Orlan", "Emmanuel Macron")}},
		{"quoted initials", `The arrest of militant commander Abdul Karim Haqqani ("AKH") was announced on Monday. Officials said AKH had met Interior Minister Ana Kovac in Kabul.`, "",
			[]contactWant{meeting("Abdul Karim Haqqani", "Ana Kovac")}},
		{"a particle's initial counts", "Sheikh Tahnoun bin Zayed (TBZ) arrived in Delhi. TBZ met Prime Minister Narendra Modi on Monday.", "",
			[]contactWant{meeting("Tahnoun bin Zayed", "Narendra Modi")}},
		{"capitals that are not the initials", "Deputy Prime Minister Viktor Orlan (VOX) arrived in Paris. VOX met French President Emmanuel Macron on Tuesday.", "", nil},
	})
	res := x.Extract(extract.Input{Text: `The arrest of militant commander Abdul Karim Haqqani ("AKH") was announced on Monday.`})
	if len(res.Quotes) != 0 {
		t.Errorf("quotes = %v, want none: the bracketed acronym is no quotation", res.Quotes)
	}
}

package clean_test

import (
	"testing"

	"hotline/importer/clean"
	"hotline/importer/extract/lexicon"
)

// TestCapitalsLead tells a dateline's place from the opening words of a lead printed in
// capitals: the place is followed by its punctuation or a sentence, the words of a name
// run on into the verb.
func TestCapitalsLead(t *testing.T) {
	const lede = "The two ministers met for two hours on Friday."
	datelines := []struct {
		name, in, place, date, publisher string
	}{
		{"place and agency", "LIMAVILLE (AP) — " + lede, "Limaville", "", "AP"},
		{"two words and agency", "UNITED NATIONS (AP) — " + lede, "United Nations", "", "AP"},
		{"a place after the article and its country", "THE HAGUE, Netherlands — " + lede, "The Hague, Netherlands", "", ""},
		{"a place after the article and an agency", "THE HAGUE (AP) — " + lede, "The Hague", "", "AP"},
		{"place and country", "KYIV, Ukraine — " + lede, "Kyiv, Ukraine", "", ""},
		{"place, date and agency", "BEIJING, March 3 (Example) - " + lede, "Beijing", "March 3", "Example"},
		{"colon", "ISLAMABAD: " + lede, "Islamabad", "", ""},
		{"double hyphen", "NEW DELHI -- " + lede, "New Delhi", "", ""},
		{"no separator", "BEIRUT " + lede, "Beirut", "", ""},
		{"no separator, two words", "NEW YORK " + lede, "New York", "", ""},
		{"no separator, an acronym after", "BRUSSELS EU leaders met for two hours on Friday.", "Brussels", "", ""},
	}
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, cl := range []struct {
		name string
		c    *clean.Cleaner
	}{{"own lexicon", clean.New()}, {"shared lexicon", clean.NewWith(lex)}} {
		t.Run(cl.name, func(t *testing.T) { capitalsLead(t, cl.c, datelines) })
	}
}

// capitalsLead runs TestCapitalsLead's cases on one cleaner: an import's cleaner shares the
// extractor's lexicon (clean.NewWith) and must read leads as one built alone does.
func capitalsLead(t *testing.T, c *clean.Cleaner, datelines []struct{ name, in, place, date, publisher string }) {
	t.Helper()
	for _, tc := range datelines {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Clean(tc.in)
			if r.Dateline != tc.place || r.DatelineDate != tc.date || r.Publisher != tc.publisher {
				t.Errorf("got place %q date %q publisher %q, want %q %q %q", r.Dateline, r.DatelineDate, r.Publisher, tc.place, tc.date, tc.publisher)
			}
		})
	}
	openings := []struct{ name, in string }{
		{"an office and a name in capitals", "PRESIDENT ANA KOVAC met Foreign Minister Tomas Varga on Monday in the capital."},
		{"an office in capitals before a name", "PRIME MINISTER Jane Doe spoke to the visiting envoy by phone on Friday."},
		{"a two-word office before a name", "FOREIGN MINISTER Tomas Varga flew to the capital for talks on Tuesday."},
		{"a name in capitals and a comma", "JANE DOE, the new envoy, met the two ministers on Friday in the capital."},
		{"a title before a name", "GENERAL Tomas Varga met the visiting defence chief on Monday morning."},
		{"a given name before more of a name", "JANE DOE Rivera met the two ministers for two hours on Friday."},
		{"an article and a label before a colon", "THE LATEST: The two ministers met for two hours on Friday in the capital."},
		{"an office label before a colon", "PRESIDENT KOVAC: Good afternoon. I spoke to the foreign minister this morning."},
	}
	for _, tc := range openings {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Clean(tc.in)
			if r.Text != tc.in || r.Dateline != "" {
				t.Errorf("got text %q place %q, want the lead whole and no place", r.Text, r.Dateline)
			}
		})
	}
}

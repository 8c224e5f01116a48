package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestIssuerIsNoHe runs made-up first-person releases and remarks: the release's "I" is
// its issuer, who is never a "he" or "she" of the release, so "Today I spoke with X. He
// told me" is X's telling, and a quotation after "He said" is X's; the issuer's own "I
// said" stays the issuer's.
func TestIssuerIsNoHe(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, title, issuer, text string
		want                      []quoteWant
	}{
		{"a media release's minister met a man",
			"", "Claire Dawson",
			"Today I met Vietnam's Foreign Minister Dang Van Minh in Canberra. He said, \"Our partnership has never been stronger.\"",
			[]quoteWant{{"Our partnership has never been stronger.", "Dang Van Minh"}}},
		{"a leader's statement on a call, the headline's signer",
			"Statement from President Joe Biden on His Call with President Volodymyr Zelensky", "",
			"Today I spoke with President Volodymyr Zelensky of Ukraine. He told me that the new air defense systems have saved many lives.\n\nHe said, \"Every battery counts.\"",
			[]quoteWant{{"Every battery counts.", "Volodymyr Zelensky"}}},
		{"a woman the issuer met",
			"", "Claire Dawson",
			"This morning I held talks with Swedish Foreign Minister Anna Lindqvist. She stressed: \"The Baltic is our common sea.\"",
			[]quoteWant{{"The Baltic is our common sea.", "Anna Lindqvist"}}},
		{"the issuer's own words stay the issuer's",
			"", "Claire Dawson",
			"I met Foreign Minister Dang Van Minh in Hanoi on Tuesday. I told him: \"Australia will stand by its partners.\"",
			[]quoteWant{{"Australia will stand by its partners.", "Claire Dawson"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			issuer := c.issuer
			if issuer == "" {
				issuer = x.TitleIssuer(c.title)
			}
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text, Title: c.title, Issuer: issuer}), c.want)
		})
	}
}

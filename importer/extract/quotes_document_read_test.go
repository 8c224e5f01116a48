package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestDocumentReadBeforeQuotation runs made-up releases where a document "reads" (or
// "read") the words before a comma or a colon, or after the quotation, as Nigerian, Indian
// and wire copy print it: the words are whoever issued the document, also when titles
// stand between "a statement from" and the issuer's name.
func TestDocumentReadBeforeQuotation(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the statement read in part, after the issuer",
			"President Bola Tinubu received Prime Minister Mia Mottley in Abuja on Monday.\n\nThe President, in a statement signed by his adviser Bayo Onanuga, said the talks went well.\n\nThe statement read in part, \"Both leaders agreed to establish direct flights.\"",
			[]quoteWant{{"Both leaders agreed to establish direct flights.", "Bola Tinubu"}}},
		{"the ministry's statement read, colon",
			"The Kenyan foreign ministry issued a statement on Monday. The statement read: \"Kenya will host the next round of talks.\"",
			[]quoteWant{{"Kenya will host the next round of talks.", "Kenyan Foreign Ministry"}}},
		{"read after a report noun",
			"The Pakistani foreign ministry released its report on Friday.\n\nThe report read, \"The border will reopen in March.\"",
			[]quoteWant{{"The border will reopen in March.", "Pakistani Foreign Ministry"}}},
		{"the body's statement read, after the quotation",
			"\"The two presidents discussed the security of the region in detail,\" the Kremlin statement read.",
			[]quoteWant{{"The two presidents discussed the security of the region in detail,", "Kremlin"}}},
		{"the statement reads, after the quotation, the issuer named before",
			"NATO issued a statement on Monday. \"The alliance will keep its troops in the region until the spring,\" the statement reads.",
			[]quoteWant{{"The alliance will keep its troops in the region until the spring,", "NATO"}}},
		{"a statement from a titled minister's office read, colon",
			"A statement from Norway's Foreign Minister Tomas Berg's office read: \"The talks will resume in Oslo next month.\"",
			[]quoteWant{{"The talks will resume in Oslo next month.", "Tomas Berg"}}},
		{"a statement from a titled minister said, colon",
			"A statement from Foreign Minister Tomas Berg said: \"The talks will resume in Oslo next month.\"",
			[]quoteWant{{"The talks will resume in Oslo next month.", "Tomas Berg"}}},
		{"read as a plain verb is no attribution",
			"Ahmed Karimov read the letter twice. \"We will not answer it,\" Karimov said.",
			[]quoteWant{{"We will not answer it,", "Ahmed Karimov"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

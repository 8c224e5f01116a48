package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSameDocumentSpeaks covers a document named again with "the" ("the letter said") a
// few paragraphs after the words that tied it to its signer or issuer: it is the same
// document, whoever the sentences between name, and speaks for the same actor, unless a
// body spoke in the sentence just before: then "the statement" is that body's.
func TestSameDocumentSpeaks(t *testing.T) {
	x := newExtractor(t)
	const signed = `"Norway will double its aid to Tashkent," said the letter, signed by Foreign Minister Karl Berg and sent to Uzbek President Islam Karimov.` + "\n\n" +
		"The Uzbek Foreign Ministry welcomed the offer.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the letter again after another body",
			signed + `"The first tranche will arrive in May," the letter said.`,
			[]quoteWant{{"Norway will double its aid to Tashkent,", "Karl Berg"}, {"The first tranche will arrive in May,", "Karl Berg"}}},
		{"the statement again after another body",
			`"Norway will double its aid," said the statement, issued by Foreign Minister Karl Berg after he met Uzbek President Islam Karimov.` + "\n\n" +
				"The Uzbek Foreign Ministry welcomed the offer.\n\n" + `"The first tranche will arrive in May," the statement said.`,
			[]quoteWant{{"Norway will double its aid,", "Karl Berg"}, {"The first tranche will arrive in May,", "Karl Berg"}}},
		{"a body that spoke just before issued the statement",
			`"Norway will double its aid," said the statement, issued by Foreign Minister Karl Berg after he met Uzbek President Islam Karimov.` + "\n\n" +
				`"The offer is welcome," the Uzbek Foreign Ministry said.` + "\n\n" + `"The first tranche is due in May," the statement said.`,
			[]quoteWant{{"Norway will double its aid,", "Karl Berg"}, {"The offer is welcome,", "Uzbek Foreign Ministry"}, {"The first tranche is due in May,", "Uzbek Foreign Ministry"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

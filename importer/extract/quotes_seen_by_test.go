package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSeenByMediumDoesNotSpeak runs made-up wire copy quoting a document that reached a
// news medium ("a draft seen by Reuters says", "a memo obtained by the Associated Press
// said", "according to a draft seen by the Financial Times"): the medium tells of the
// document and is no speaker. A medium that says something itself still speaks.
func TestSeenByMediumDoesNotSpeak(t *testing.T) {
	x := newExtractor(t)
	const opening = "Foreign ministers of the bloc will meet in Brussels on Monday to discuss new sanctions.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a draft seen by a medium says",
			opening + "A draft statement seen by Reuters says the ministers \"stand ready to take further restrictive measures.\"",
			[]quoteWant{{"stand ready to take further restrictive measures.", ""}}},
		{"a memo obtained by a medium said",
			opening + "A confidential memo obtained by The Associated Press said the sanctions would \"target the financial sector first and energy later.\"",
			[]quoteWant{{"target the financial sector first and energy later.", ""}}},
		{"according to a draft seen by a medium",
			opening + "According to a draft seen by the Financial Times, the ministers will \"consider a price cap on oil exports.\"",
			[]quoteWant{{"consider a price cap on oil exports.", ""}}},
		{"a medium that reports on its own",
			opening + "Reuters reported that the sanctions would \"target the financial sector first and energy later.\"",
			[]quoteWant{{"target the financial sector first and energy later.", "Reuters"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

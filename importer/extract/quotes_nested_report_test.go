package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestNestedReportGivesTheCitedWords runs made-up wire copy where a reporter (a news
// agency, a website, state television) passes on someone's words: the words are the
// cited one's, the reporter only their source; where the cited source is no actor the
// reporter keeps them.
func TestNestedReportGivesTheCitedWords(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"reported, citing a minister, that",
			`Xinhua reported, citing Foreign Minister Wang Yi, that China "firmly supports Pakistan in safeguarding its sovereignty".`,
			[]quoteWant{{"firmly supports Pakistan in safeguarding its sovereignty", "Wang Yi"}}},
		{"said, quoting a president, that",
			`The state news agency said, quoting President Islam Karimov, that the talks were "a breakthrough for the region".`,
			[]quoteWant{{"a breakthrough for the region", "Islam Karimov"}}},
		{"said, citing no actor, keeps the reporter",
			`The Pakistani foreign ministry said, citing intelligence reports, that the attack was "planned across the border".`,
			[]quoteWant{{"planned across the border", "Pakistani Foreign Ministry"}}},
		{"a person's website quoted him as telling",
			"Iraqi Prime Minister Mohammed Shia al-Sudani met President Masoud Pezeshkian in Tehran.\n\nAyatollah Ali Khamenei received Sudani later. Khamenei's website quoted him as telling Sudani that \"the Americans must leave\".",
			[]quoteWant{{"the Americans must leave", "Ali Khamenei"}}},
		{"a medium reports that someone said: the one reported",
			`Uzbek President Islam Karimov met Kazakh President Nursultan Nazarbayev. Reuters reported that Karimov said the talks were "a breakthrough for the whole region."`,
			[]quoteWant{{"a breakthrough for the whole region.", "Islam Karimov"}}},
		{"a person reports that someone called it so: the person",
			`Uzbek President Islam Karimov met Kazakh President Nursultan Nazarbayev. Karimov said Nazarbayev had called the talks "a breakthrough for the whole region."`,
			[]quoteWant{{"a breakthrough for the whole region.", "Islam Karimov"}}},
		{"a report cites a firm's memo that said: the firm's words",
			"Halvard Brenner & Co. set up the company. The consortium report cited an internal Halvard Brenner memo that said one of its directors was \"apparently involved in the theft of the gold.\"",
			[]quoteWant{{"apparently involved in the theft of the gold.", "Halvard Brenner"}}},
		{"a reporter cites a person's letter which stated: the person's words",
			`Reuters cited President Islam Karimov's letter which stated that the border was "closed until further notice."`,
			[]quoteWant{{"closed until further notice.", "Islam Karimov"}}},
		{"a senator cites a report with no author: the senator keeps the words",
			`Senator Tom Hale cited a report that said the plan was "a dangerous gamble for the region."`,
			[]quoteWant{{"a dangerous gamble for the region.", "Tom Hale"}}},
		{"television quoted him as saying, the one named before",
			"Prime Minister Mohammed Shia al-Sudani arrived in Tehran on Wednesday.\n\nState television quoted him as saying that \"Iraq will not be a launchpad for attacks on its neighbours\".",
			[]quoteWant{{"Iraq will not be a launchpad for attacks on its neighbours", "Mohammed Shia al-Sudani"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

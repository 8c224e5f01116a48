package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteAttributedInTheNextSentence runs made-up paragraphs that open with a quotation
// standing alone and give its speaker in the sentence after it, in the same paragraph or
// opening the next, as wire copy and broadcast scripts do; a short sentence that is only an
// attribution (`"...." Schoof said.`) is one cut off by a full stop printed inside the marks.
func TestQuoteAttributedInTheNextSentence(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"made the remarks",
			"Prime Minister Dick Schoof visited Kyiv on Tuesday.\n\n\"The Netherlands will not leave Ukraine alone.\" Schoof made the remarks at a joint news conference.",
			[]quoteWant{{"The Netherlands will not leave Ukraine alone.", "Dick Schoof"}}},
		{"later made the comments, the next paragraph",
			"President Volodymyr Zelensky met Dick Schoof in Kyiv.\n\n\"We are grateful for every F-16.\"\n\nZelensky later made the comments in his nightly address.",
			[]quoteWant{{"We are grateful for every F-16.", "Volodymyr Zelensky"}}},
		{"an attribution cut off by a full stop inside the marks",
			"Prime Minister Dick Schoof visited Kyiv on Tuesday.\n\n\"The Netherlands will not leave Ukraine alone.\" Schoof said on Tuesday.",
			[]quoteWant{{"The Netherlands will not leave Ukraine alone.", "Dick Schoof"}}},
		{"a full sentence of its own after the quotation tells no speaker",
			"Prime Minister Dick Schoof visited Kyiv on Tuesday.\n\n\"The Netherlands will not leave Ukraine alone.\" Schoof said the aid package would be ready in May.",
			[]quoteWant{}},
		{"so said",
			"President Bola Tinubu met President John Mahama in Abuja on Monday.\n\n\"West Africa must stand together against terrorism.\"\n\nSo said Tinubu as he welcomed Mahama to the State House.",
			[]quoteWant{{"West Africa must stand together against terrorism.", "Bola Tinubu"}}},
		{"those were the words of",
			"Prime Minister Anthony Albanese met Premier Li Qiang in Canberra on Monday.\n\n\"We will cooperate where we can and disagree where we must.\"\n\nThose were the words of Albanese after the meeting.",
			[]quoteWant{{"We will cooperate where we can and disagree where we must.", "Anthony Albanese"}}},
		{"the words were someone's",
			"Foreign Minister Karl Berg met President Islam Karimov in Tashkent.\n\n\"There is no alternative to dialogue.\" The words were Karimov's, spoken after the session.",
			[]quoteWant{{"There is no alternative to dialogue.", "Islam Karimov"}}},
		{"that was how someone put it",
			"Foreign Minister Karl Berg met President Islam Karimov in Tashkent.\n\n\"We have opened a new chapter.\" That was how Berg put it after the talks.",
			[]quoteWant{{"We have opened a new chapter.", "Karl Berg"}}},
		{"that was someone's response",
			"Foreign Minister Karl Berg met President Islam Karimov in Tashkent.\n\n\"Norway will not be bullied.\"\n\nThat was Berg's response when asked about the threat.",
			[]quoteWant{{"Norway will not be bullied.", "Karl Berg"}}},
		{"with those words someone ended",
			"Foreign Minister Karl Berg met President Islam Karimov in Tashkent.\n\n\"Peace is closer than ever.\" With those words, Karimov ended the news conference.",
			[]quoteWant{{"Peace is closer than ever.", "Islam Karimov"}}},
		{"a next sentence with its own quotation gives none",
			"Foreign Minister Karl Berg met President Islam Karimov in Tashkent.\n\n\"We have opened a new chapter.\" Karimov made the remarks \"in good faith\", Berg said.",
			[]quoteWant{{"in good faith", "Karl Berg"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

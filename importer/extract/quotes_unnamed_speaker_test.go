package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestHeAfterAnUnnamedSpeaker runs made-up wire copy where a person left unnamed ("a
// senior official", "one Western diplomat") speaks after a named minister, and a "he
// said" follows: the words are the unnamed person's, given to the body that person speaks
// for, or to no one; never to the minister named before. A named speaker after the unnamed
// one still takes the pronoun, and a spokeswoman is no "he".
func TestHeAfterAnUnnamedSpeaker(t *testing.T) {
	x := newExtractor(t)
	const opening = "Uzbek Foreign Minister Ahmed Karimov met EU envoy Tomas Berg in Vienna on Friday.\n\n"
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"an official of a body after an inverted attribution",
			opening + "Karimov said the talks were useful. \"We are getting closer,\" a senior State Department official said. \"But there is a lot of work left,\" he added.",
			[]quoteWant{{"We are getting closer,", "US State Department"}, {"But there is a lot of work left,", "US State Department"}}},
		{"a spokesman of a body opens the sentence",
			opening + "Berg left without comment. A White House spokesman said the president had been briefed. \"He remains committed to diplomacy,\" he said.",
			[]quoteWant{{"He remains committed to diplomacy,", "White House"}}},
		{"officials at a body, after the quotation's sentence went on",
			opening + "Tashkent changed course after calling the remarks a \"misunderstanding arising from cultural differences\" and a result of media bias, officials at the Uzbek embassy in Vienna said.",
			[]quoteWant{{"misunderstanding arising from cultural differences", "Uzbek Embassy"}}},
		{"an official with a body, colon",
			opening + "Karimov asked for the rebate. But an official with the Austrian government responded: \"There can be no deal that does not protect it.\"",
			[]quoteWant{{"There can be no deal that does not protect it.", "Austrian Government"}}},
		{"a named official with a body is the name's",
			opening + "Karimov asked for the rebate. But Anna Gruber, an official with the Austrian government, responded: \"There can be no deal without it.\"",
			[]quoteWant{{"There can be no deal without it.", "Anna Gruber"}}},
		{"a diplomat of no body speaks of the minister",
			opening + "Karimov spoke to state television. An unnamed diplomat who attended the talks said Berg had been firm. \"Nobody trusts anybody here,\" he said.",
			[]quoteWant{{"Nobody trusts anybody here,", ""}}},
		{"a named speaker after the unnamed one",
			opening + "A senior official said the talks were useful. Karimov said his country wanted a deal. \"We are ready to sign,\" he said.",
			[]quoteWant{{"We are ready to sign,", "Ahmed Karimov"}}},
		{"a spokeswoman is no he",
			opening + "Karimov said the talks were useful. A ministry spokeswoman said the next round was planned. \"We are ready to sign,\" he said.",
			[]quoteWant{{"We are ready to sign,", "Ahmed Karimov"}}},
		{"the envoy named before",
			"Uzbek Foreign Minister Ahmed Karimov met Tomas Berg, the bloc's special representative, in Vienna on Friday.\n\nBerg said the talks were useful. The envoy said the next round would come soon. \"We are ready to sign,\" he said.",
			[]quoteWant{{"We are ready to sign,", "Tomas Berg"}}},
		{"the minister met an official",
			opening + "Karimov later met a senior official of the commission. \"We are ready to sign,\" he said.",
			[]quoteWant{{"We are ready to sign,", "Ahmed Karimov"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

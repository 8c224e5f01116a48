package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSheGoesOnWithTheSpeaker runs made-up briefings where a spokesperson whose gender
// the text does not tell speaks of a woman and then goes on with "she said": the words are
// the spokesperson's, who spoke last, not the woman spoken of. Where the one named last
// did not speak, "she" still goes to the woman. The spokesperson speaks after an opening
// phrase too ("On Sunday, X, who ..., told"), with "and said" after a verb of their own,
// through a pronoun ("she told reporters") and in a sentence with no subject (", the
// U.N.'s X said Thursday").
func TestSheGoesOnWithTheSpeaker(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a spokesperson said a leader had invited a woman",
			"President Min-ho Park spoke by phone with Prime Minister Sanae Takaichi on Monday.\n\nPresidential spokesperson Kang Yu-jung said Park had invited Takaichi to visit Seoul.\n\n\"The prime minister accepted the invitation,\" she said.",
			[]quoteWant{{"The prime minister accepted the invitation,", "Kang Yu-jung"}}},
		{"a ministry spokesperson told a briefing about a woman",
			"Foreign Minister Annalena Baerbock is due in Beijing next week.\n\nMinistry spokesperson Mao Ning told a regular briefing that Baerbock would meet Foreign Minister Wang Yi.\n\n\"China welcomes the visit,\" she said.",
			[]quoteWant{{"China welcomes the visit,", "Mao Ning"}}},
		{"the one who spoke added after naming a woman",
			"Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on Friday.\n\nState House spokesperson Kanze Dena said Ruto and Samia had agreed to open two border posts.\n\n\"The posts will open in March,\" she added.",
			[]quoteWant{{"The posts will open in March,", "Kanze Dena"}}},
		{"a speaker after an opening phrase and a clause about them",
			"Foreign Minister Lena Varga met Ralso Okafor in Paris on Friday.\n\nOn Sunday, Okafor, who sits in parliament, told the BBC she would support Varga.\n\n\"We agree on most things,\" she said.",
			[]quoteWant{{"We agree on most things,", "Ralso Okafor"}}},
		{"a speaker who welcomed a plan and said",
			"Foreign Minister Lena Varga said the plan was a good start.\n\nCharity adviser Ralso Okafor welcomed the plan and said ministers had \"made a start\".\n\nBut she added: \"They need to move quickly.\"",
			[]quoteWant{{"made a start", "Ralso Okafor"}, {"They need to move quickly.", "Ralso Okafor"}}},
		{"a speaker whom a pronoun stands for",
			"Foreign Minister Lena Varga met rebel negotiators on Saturday.\n\nNegotiator Ralso Okafor said Varga had come to pressure the rebels.\n\n\"There will be a response,\" she told reporters. Asked about the talks, she said \"we will see\".",
			[]quoteWant{{"There will be a response,", "Ralso Okafor"}, {"we will see", "Ralso Okafor"}}},
		{"a speaker named after a comma in a sentence with no subject",
			"At a briefing, Ralso Okafor, the U.N. envoy, said the fighting must end.\n\nPresident Lena Varga and Tomas Berg are longtime rivals -- Varga, like Sam Kiir before her, is from the Dinka tribe.\n\nBut the speed with which tensions broke into violence took everyone by surprise, the U.N.'s Okafor said Thursday.\n\n\"Nobody expected it,\" she said.",
			[]quoteWant{{"Nobody expected it,", "Ralso Okafor"}}},
		{"the one named last did not speak: the woman",
			"Foreign Minister Thandiwe Mokoena met Sipho Dlamini in Pretoria on Monday. Mokoena said her country wanted peace.\n\nDlamini left for Cape Town.\n\n\"We are ready to help,\" she said.",
			[]quoteWant{{"We are ready to help,", "Thandiwe Mokoena"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

// TestHeIsTheMainClauseSubject runs made-up wire copy where the sentence before a "he
// said" names one man as its subject and another who spoke inside a clause that subject
// governs ("a day after Y said", "when Y told reporters", or a clause opening the sentence:
// "After Y left, X spoke", or the clause it reports: "X said Y had told him ... He
// added"): "he" is the main subject; "X's foreign policy adviser Y said" has Y for subject,
// the lower-case words qualifying the office, no verb. A speaker in a clause of its own after a comma or
// "and" still takes over.
func TestHeIsTheMainClauseSubject(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a day after another said",
			"Foreign Minister Ahmed Karimov spoke at the conference a day after Vice President Tomas Berg said Washington was ready for talks.\n\n\"We are ready for negotiations,\" he said.",
			[]quoteWant{{"We are ready for negotiations,", "Ahmed Karimov"}}},
		{"when another told reporters",
			"Foreign Minister Ahmed Karimov left the room when Vice President Tomas Berg told reporters about the plan.\n\n\"It was not the time,\" he said.",
			[]quoteWant{{"It was not the time,", "Ahmed Karimov"}}},
		{"a clause opening the sentence names another first",
			"After Vice President Tomas Berg left the room, Foreign Minister Ahmed Karimov spoke to reporters.\n\n\"We are ready for negotiations,\" he said.",
			[]quoteWant{{"We are ready for negotiations,", "Ahmed Karimov"}}},
		{"one whose telling the subject reports, then he added",
			"Foreign Minister Ahmed Karimov met Vice President Tomas Berg in Vienna on Monday.\n\nKarimov said Berg had told him during the talks \"that he would not block the pipeline.\" He added: \"I believe him.\"",
			[]quoteWant{{"that he would not block the pipeline.", "Ahmed Karimov"}, {"I believe him.", "Ahmed Karimov"}}},
		{"one whose telling the subject reports after that, then he continued",
			"Foreign Minister Ahmed Karimov met Vice President Tomas Berg in Vienna on Monday.\n\nKarimov said that Berg told him the pipeline was safe. \"I trust that promise,\" he continued.",
			[]quoteWant{{"I trust that promise,", "Ahmed Karimov"}}},
		{"an adviser named after his principal's possessive and lower-case modifiers",
			"Foreign Minister Ahmed Karimov met Vice President Tomas Berg in Vienna on Monday.\n\nKarimov's foreign policy adviser Rustam Aliyev said the talks went well. \"The mood was very friendly,\" he said.",
			[]quoteWant{{"The mood was very friendly,", "Rustam Aliyev"}}},
		{"a speaker of a clause of its own after and",
			"Foreign Minister Ahmed Karimov arrived in Vienna, and Vice President Tomas Berg said the talks would start on Monday.\n\n\"We are ready,\" he said.",
			[]quoteWant{{"We are ready,", "Tomas Berg"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

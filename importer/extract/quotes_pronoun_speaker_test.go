package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSheGoesOnWithTheSpeaker runs made-up briefings where a spokesperson whose gender
// the text does not tell speaks of a woman and then goes on with "she said": the words are
// the spokesperson's, who spoke last, not the woman spoken of. Where the one named last
// did not speak, "she" still goes to the woman.
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

package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestRegionalAttributionIdioms runs made-up stories in the ways regional outlets name a
// speaker whose name no list knows: Kenya's "the CS", Nigeria's "Amb.", Pakistan's weekly
// briefing, Gulf agencies' "His Highness" and "H.E. Dr.", the Philippines' DFA, India's
// "Dr.", Latin America's chancellor, Japan's chief cabinet secretary, Kazakhstan's "the Head
// of State", Indonesia's "Minister Retno", Ethiopia's "PM Getachew"; and the channels of the
// words: state media and broadcasters, televised addresses, Facebook, X, Telegram.
func TestRegionalAttributionIdioms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// Regional outlets' own ways of naming the speaker.
		{"Kenya: the Cabinet Secretary, then the CS said",
			"Foreign Affairs Cabinet Secretary Kiprono Chepkwony met the Ugandan envoy in Nairobi.\n\n\"We will not close the border,\" the CS said.",
			[]quoteWant{{"We will not close the border,", "Kiprono Chepkwony"}}},
		// The initials are read by rune, not byte: an accented capital is one letter.
		{"initials of a title with an accented capital",
			"Élysée Chief of Staff Amélie Vautrin met the Ugandan envoy in Paris.\n\n\"We will not close the door,\" the ÉCS said.",
			[]quoteWant{{"We will not close the door,", "Amélie Vautrin"}}},
		{"initials of an accented word before a hyphenated office",
			"Élysée Secretary-General Aurélien Moreau met the Gabonese delegation.\n\n\"The talks will go on,\" the ÉSG told reporters.",
			[]quoteWant{{"The talks will go on,", "Aurélien Moreau"}}},
		{"Nigeria: the minister, Amb. X, said",
			"The Minister of Foreign Affairs, Amb. Yakubu Danjuma Tsoho, said: \"Nigeria will not be intimidated.\"",
			[]quoteWant{{"Nigeria will not be intimidated.", "Yakubu Danjuma Tsoho"}}},
		{"Pakistan: the FO spokesperson during the weekly briefing",
			"\"We have conveyed our concerns,\" Foreign Office spokesperson Mumtaz Rahila Baloch said during the weekly briefing.\n\n\"We expect a response,\" she added.",
			[]quoteWant{{"We have conveyed our concerns,", "Mumtaz Rahila Baloch"}, {"We expect a response,", "Mumtaz Rahila Baloch"}}},
		{"Gulf: His Highness Sheikh X affirmed",
			"His Highness Sheikh Hamdan bin Rashid Al Mualla affirmed that \"the UAE stands by its brothers\".",
			[]quoteWant{{"the UAE stands by its brothers", "Hamdan bin Rashid Al Mualla"}}},
		{"Gulf: H.E. Dr. X said",
			"H.E. Dr. Khalifa Saeed Al Hammadi said: \"Our ties with Kenya are growing.\"",
			[]quoteWant{{"Our ties with Kenya are growing.", "Khalifa Saeed Al Hammadi"}}},
		{"Philippines: DFA spokesperson said",
			"MANILA - \"The Philippines will protest,\" DFA spokesperson Teresita Daza-Ocampo said on Monday.",
			[]quoteWant{{"The Philippines will protest,", "Teresita Daza-Ocampo"}}},
		{"India: EAM Dr X said",
			"External Affairs Minister Dr. Subrahmanya Venkatraman met his Kazakh counterpart. \"Our ties are old,\" Dr. Venkatraman said.",
			[]quoteWant{{"Our ties are old,", "Subrahmanya Venkatraman"}}},
		{"Latin America: the chancellor said",
			"Peruvian Chancellor Ulises Quispehuamán met Bolivian Foreign Minister Teodoro Mamani Challco.\n\n\"The lake unites us,\" the chancellor said.",
			[]quoteWant{{"The lake unites us,", "Ulises Quispehuamán"}}},
		{"Japan: the chief cabinet secretary told a news conference",
			"\"We will respond calmly,\" Chief Cabinet Secretary Yoshitaka Harunobu told a news conference.",
			[]quoteWant{{"We will respond calmly,", "Yoshitaka Harunobu"}}},
		{"Kazakhstan: the Head of State noted",
			"President Yerzhan Abenov received the Chinese envoy. \"Our relations are at their highest level,\" the Head of State noted.",
			[]quoteWant{{"Our relations are at their highest level,", "Yerzhan Abenov"}}},
		{"Indonesia: Minister and given name alone",
			"Foreign Minister Retno Wirasudarta met her Malaysian counterpart in Jakarta. \"The border talks will resume,\" Minister Retno said.",
			[]quoteWant{{"The border talks will resume,", "Retno Wirasudarta"}}},
		{"Ethiopia: a given name with a title, PM Abiy style",
			"Prime Minister Getachew Woldegiorgis received the Somali president. \"The Horn must integrate,\" PM Getachew said.",
			[]quoteWant{{"The Horn must integrate,", "Getachew Woldegiorgis"}}},

		// The channels of the words.
		{"told the state-run news agency, then she said",
			"\"We will not devalue,\" Finance Minister Lwazi Tswane told the state-run news agency.\n\n\"The rand is strong,\" she said.",
			[]quoteWant{{"We will not devalue,", "Lwazi Tswane"}, {"The rand is strong,", "Lwazi Tswane"}}},
		{"told state broadcaster with its name",
			"\"The elections will go ahead,\" President Tafadzwa Muchinguri told state broadcaster ZBC.",
			[]quoteWant{{"The elections will go ahead,", "Tafadzwa Muchinguri"}}},
		{"said in a televised address to the nation, then an unattributed paragraph",
			"\"The curfew is lifted,\" President Tafadzwa Muchinguri said in a televised address to the nation.\n\n\"Go back to work.\"",
			[]quoteWant{{"The curfew is lifted,", "Tafadzwa Muchinguri"}, {"Go back to work.", "Tafadzwa Muchinguri"}}},
		{"wrote on Facebook",
			"Prime Minister Getachew Woldegiorgis wrote on Facebook: \"The dam belongs to every Ethiopian.\"",
			[]quoteWant{{"The dam belongs to every Ethiopian.", "Getachew Woldegiorgis"}}},
		{"said in a post on X",
			"\"The ceasefire must hold,\" Foreign Secretary Maricel Dimaculangan said in a post on X.",
			[]quoteWant{{"The ceasefire must hold,", "Maricel Dimaculangan"}}},
		{"said on his Telegram channel",
			"\"The west has lost,\" Kazakh senator Bolat Temirbekov said on his Telegram channel.",
			[]quoteWant{{"The west has lost,", "Bolat Temirbekov"}}},
		{"posted on X after a meeting, her post",
			"Foreign Secretary Maricel Dimaculangan met Japanese envoy Hiroto Sakane on Monday. She later posted on X: \"A productive meeting with a true friend.\"",
			[]quoteWant{{"A productive meeting with a true friend.", "Maricel Dimaculangan"}}},
		{"the ministry said in a statement posted on its website",
			"\"The envoy was summoned,\" the Tanzanian Foreign Ministry said in a statement posted on its website.",
			[]quoteWant{{"The envoy was summoned,", "Tanzanian Foreign Ministry"}}},
		{"state media quoted X as saying",
			"State media quoted President Tafadzwa Muchinguri as saying: \"Our land is not for sale.\"",
			[]quoteWant{{"Our land is not for sale.", "Tafadzwa Muchinguri"}}},
	})
}

// TestCutDatelineMinistry checks that a ministry printed without its country, "the
// spokesperson of the Ministry of Foreign Affairs said", is the ministry of the country of
// the wire dateline the cleaner cut off the lede (Input.Dateline), as it is of one the
// text still shows.
func TestCutDatelineMinistry(t *testing.T) {
	x := newExtractor(t)
	cases := []struct{ name, dateline, text, want string }{
		{"the spokesperson of the ministry", "Nairobi", "Kenya recalled its envoy to Kampala on Monday.\n\n\"The decision was not taken lightly,\" the spokesperson of the Ministry of Foreign Affairs said.", "Kenyan Foreign Ministry"},
		{"the foreign ministry said", "Astana", "The border crossing was closed on Monday.\n\n\"The closure is temporary,\" the Foreign Ministry said in a statement.", "Kazakh Foreign Ministry"},
		{"no dateline: no country", "", "The border crossing was closed on Monday.\n\n\"The closure is temporary,\" the Foreign Ministry said in a statement.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text, Dateline: c.dateline}), []quoteWant{{quoteOf(c.text), c.want}})
		})
	}
}

// quoteOf returns the words between the first pair of straight quotation marks of text.
func quoteOf(text string) string {
	i := strings.Index(text, "\"")
	j := strings.Index(text[i+1:], "\"")
	return text[i+1 : i+1+j]
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteSpeakersOfGovernments runs made-up attributions to a country's government, as
// official readouts and wire copy print them: the government is the speaker wherever it is
// the source of the words, and is no actor where it is only talked to.
func TestQuoteSpeakersOfGovernments(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"a wire dateline gives a bare ministry its country",
			"ATHENS, March 10 - Greek officials told Turkish Ambassador Nazmi Akiman of Athens' position on Tuesday, the Foreign Ministry said.\n\n\"We told him that Greece will defend its rights,\" a ministry spokesman said.",
			[]quoteWant{{"We told him that Greece will defend its rights,", "Greek Foreign Ministry"}}},
		{"a ministry spokesman of a dateline's country",
			"KABUL (Reuters) - \"We will not negotiate,\" a Foreign Ministry spokesman said.",
			[]quoteWant{{"We will not negotiate,", "Afghan Foreign Ministry"}}},
		{"a bare ministry said in another country's capital is not the dateline's",
			"WASHINGTON (Reuters) - President Joe Biden met Chinese President Xi Jinping. \"The talks were candid,\" the Foreign Ministry said in Beijing.",
			[]quoteWant{{"The talks were candid,", ""}}},
		{"no dateline, no country",
			"Greek officials told the Turkish ambassador of Athens' position. \"We told him,\" the Foreign Ministry said.",
			[]quoteWant{{"We told him,", ""}}},
		{"a capital that speaks where no body of its country is named", `"The sanctions will not change our course," Tehran said in a statement.`,
			[]quoteWant{{"The sanctions will not change our course,", "Iranian Government"}}},
		{"a capital that speaks after its foreign ministry did", "Iran's foreign ministry summoned the envoy on Monday.\n\n\"The sanctions will not change our course,\" Tehran said.",
			[]quoteWant{{"The sanctions will not change our course,", "Iranian Foreign Ministry"}}},
		{"Washington is no one body", `"The sanctions will stay in place," Washington said.`,
			[]quoteWant{{"The sanctions will stay in place,", ""}}},
		{"a ministry of a portfolio beyond foreign affairs and defence", "South Korea's unification ministry said the summit was worrying. \"We urge the North to stop,\" a ministry official said.",
			[]quoteWant{{"We urge the North to stop,", "South Korean Unification Ministry"}}},
		{"a country's justice ministry said", `"The extradition request has been received," Brazil's justice ministry said.`,
			[]quoteWant{{"The extradition request has been received,", "Brazilian Justice Ministry"}}},
		{"a body's staff wrote", "The Federal Trade Commission opened an inquiry into the merger on Monday.\n\n\"The deal would harm competition,\" the commission's staff wrote in a memo.",
			[]quoteWant{{"The deal would harm competition,", "Federal Trade Commission"}}},
		{"a body's inspectors wrote", "The International Atomic Energy Agency sent inspectors to the plant.\n\n\"The situation remains precarious,\" the IAEA's inspectors wrote in their report.",
			[]quoteWant{{"The situation remains precarious,", "IAEA"}}},
		{"the leaders named as a body's before", "Leaders of the Group of Seven met in a seaside resort on Friday.\n\n\"We will support Ukraine for as long as it takes,\" the leaders said in a final communique.",
			[]quoteWant{{"We will support Ukraine for as long as it takes,", "Group of Seven"}}},
		{"the ministers named as a body's before", "ASEAN foreign ministers met in Vientiane on Thursday.\n\n\"We remain deeply concerned about the violence,\" the ministers said in a joint communique.",
			[]quoteWant{{"We remain deeply concerned about the violence,", "ASEAN"}}},
		{"the leaders of a bilateral meeting are no body", "Prime Minister Jonas Berg met President Lena Dahl in Oslo on Friday.\n\n\"We will support Ukraine for as long as it takes,\" the leaders said in a joint statement.",
			[]quoteWant{{"We will support Ukraine for as long as it takes,", ""}}},
		{"the government said in a statement", `"The two leaders agreed to respect the ceasefire," the Thai government said in a statement.`,
			[]quoteWant{{"The two leaders agreed to respect the ceasefire,", "Thai Government"}}},
		{"a country's government said", `"Cambodia is committed to peace," Cambodia's government said.`,
			[]quoteWant{{"Cambodia is committed to peace,", "Cambodian Government"}}},
		{"the government said, then a colon", `The Cambodian government said in a statement: "We call for international observers."`,
			[]quoteWant{{"We call for international observers.", "Cambodian Government"}}},
		{"a statement from the government said", `"Both sides will meet again next month," a statement from the Thai government said.`,
			[]quoteWant{{"Both sides will meet again next month,", "Thai Government"}}},
		{"a statement released by the government", `A statement released by the Kenyan government said: "The president will travel to Addis Ababa on Friday."`,
			[]quoteWant{{"The president will travel to Addis Ababa on Friday.", "Kenyan Government"}}},
		{"read a statement from the government", `"The talks were useful," read a statement from the Thai government.`,
			[]quoteWant{{"The talks were useful,", "Thai Government"}}},
		{"a spokesman for the government", `"No decision has been taken," a spokesman for the Spanish government said.`,
			[]quoteWant{{"No decision has been taken,", "Spanish Government"}}},
		{"according to the government", `According to the Nigerian government, "the delegation will arrive on Monday."`,
			[]quoteWant{{"the delegation will arrive on Monday.", "Nigerian Government"}}},
		{"the government's statement said", `The Thai government's statement said the ministers had "agreed to keep talking".`,
			[]quoteWant{{"agreed to keep talking", "Thai Government"}}},
		{"said the government, inverted", `"We reject these claims," said the Malaysian government.`,
			[]quoteWant{{"We reject these claims,", "Malaysian Government"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

// TestGovernmentTalkedToIsNoActor checks that a government only met or talked to (a
// body, not named persons) makes no actor, so no contact with it.
func TestGovernmentTalkedToIsNoActor(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		`Foreign Secretary David Lammy is due to hold talks with the Indian government on Friday.`,
		`Lammy met the Indian government's ministers in New Delhi.`,
		`The Thai government has been criticised for its handling of the floods.`,
	} {
		t.Run(text, func(t *testing.T) {
			for _, a := range x.Extract(extract.Input{Text: text}).Actors {
				if a.Name == "Indian Government" || a.Name == "Thai Government" {
					t.Errorf("actor %q made from a government that does not speak", a.Name)
				}
			}
		})
	}
}

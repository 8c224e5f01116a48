package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteAttributionBatteryHard runs harder made-up attributions: names no given-name
// list knows, pronouns across paragraphs, statements signed by a spokesman, questions
// and answers, and groups that speak.
func TestQuoteAttributionBatteryHard(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"an unlisted name before said", `"We will not be bullied," Tunde Adewale said.`,
			[]quoteWant{{"We will not be bullied,", "Tunde Adewale"}}},
		{"an unlisted name after said with a description", `"The region needs calm," said Kwabena Mensah, a senior lecturer at the University of Ghana.`,
			[]quoteWant{{"The region needs calm,", "Kwabena Mensah"}}},
		{"a statement signed by a spokesman", `"The president condemns the attack," said the statement, signed by his spokesman, Bayo Adeyemi.`,
			[]quoteWant{{"The president condemns the attack,", "Bayo Adeyemi"}}},
		{"he after a paragraph about another man", "Foreign Minister Tunde Adewale met the British envoy on Monday.\n\nThe envoy, Mark Hollis, later left for Accra.\n\n\"We discussed trade and security,\" Adewale said. \"It was a good start,\" he added.",
			[]quoteWant{{"We discussed trade and security,", "Tunde Adewale"}, {"It was a good start,", "Tunde Adewale"}}},
		{"the minister said after a minister named", "Foreign Minister Tunde Adewale arrived in London on Monday.\n\n\"Nigeria is open for business,\" the minister said.",
			[]quoteWant{{"Nigeria is open for business,", "Tunde Adewale"}}},
		{"the group said", "Hamas rejected the proposal on Tuesday.\n\n\"The offer does not meet our demands,\" the group said in a statement.",
			[]quoteWant{{"The offer does not meet our demands,", "Hamas"}}},
		{"the militant group said", "The Houthis claimed the attack.\n\n\"We will continue until the siege is lifted,\" the group said.",
			[]quoteWant{{"We will continue until the siege is lifted,", "Houthis"}}},
		{"the agency said", "The International Atomic Energy Agency published its report on Monday.\n\n\"Inspectors were denied access,\" the agency said.",
			[]quoteWant{{"Inspectors were denied access,", "IAEA"}}},
		{"the UN agency's chief said", "\"The situation is catastrophic,\" UNICEF chief Catherine Russell said.",
			[]quoteWant{{"The situation is catastrophic,", "Catherine Russell"}}},
		{"a question to a spokesman and his answer", "Asked whether the talks would resume, Kremlin spokesman Dmitry Peskov said: \"It is too early to say.\"",
			[]quoteWant{{"It is too early to say.", "Dmitry Peskov"}}},
		{"the spokesman after another spokesman is not him", "Kremlin spokesman Dmitry Peskov declined to comment. State Department spokesman Matthew Miller said: \"We have seen the reports.\"",
			[]quoteWant{{"We have seen the reports.", "Matthew Miller"}}},
		{"a two-sentence quote with the attribution inside", `Foreign Minister Tunde Adewale spoke in Abuja. "We are ready," Adewale said. "But we will not wait forever."`,
			[]quoteWant{{"We are ready,", "Tunde Adewale"}, {"But we will not wait forever.", "Tunde Adewale"}}},
		{"the speaker named before a colon with a role after", `Tunde Adewale, Nigeria's foreign minister, told reporters: "We want a lasting peace."`,
			[]quoteWant{{"We want a lasting peace.", "Tunde Adewale"}}},
		{"his words reported by a ministry", `The foreign ministry quoted Tunde Adewale as telling his counterpart that Nigeria wanted "a lasting peace with all its neighbours".`,
			[]quoteWant{{"a lasting peace with all its neighbours", "Tunde Adewale"}}},
		{"a person, then the body in whose name he spoke", `"The ceasefire must hold," said Maria Lopes, spokeswoman for the European Commission.`,
			[]quoteWant{{"The ceasefire must hold,", "Maria Lopes"}}},
		{"a speaker who later answers a question", "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n\"Is a meeting possible?\" a reporter asked.\n\n\"Anything is possible,\" Peskov replied.",
			[]quoteWant{{"Is a meeting possible?", ""}, {"Anything is possible,", "Dmitry Peskov"}}},
		{"she after the woman who met a man", "German Foreign Minister Annalena Baerbock met Sergey Lavrov in Moscow. The two clashed over Ukraine.\n\n\"We had a frank exchange,\" she told reporters afterwards.",
			[]quoteWant{{"We had a frank exchange,", "Annalena Baerbock"}}},
		{"a woman named by a role word", "The Ghanaian foreign minister, Shirley Ayorkor Botchwey, arrived in Abuja. \"West Africa must stand together,\" she said.",
			[]quoteWant{{"West Africa must stand together,", "Shirley Ayorkor Botchwey"}}},
		{"according to a statement from the body", `The leaders agreed to "deepen cooperation in all fields", according to a statement from the Egyptian presidency.`,
			[]quoteWant{{"deepen cooperation in all fields", "Egyptian Presidency"}}},
		{"a statement from a person's office", `The call was "warm and productive", according to a statement from Prime Minister Narendra Modi's office.`,
			[]quoteWant{{"warm and productive", "Narendra Modi"}}},
		{"the embassy said in a post on X", "The Chinese Embassy in Manila rejected the claims.\n\n\"The Philippine side has distorted the facts,\" the embassy said in a post on X.",
			[]quoteWant{{"The Philippine side has distorted the facts,", "Chinese Embassy"}}},
		{"a quote said by a person speaking of another", `"Putin is not interested in peace," Zelensky said of the Russian leader.`,
			[]quoteWant{{"Putin is not interested in peace,", "Volodymyr Zelensky"}}},
		{"the quotation names someone else at its end", `"We thank President Erdogan," said Zelensky.`,
			[]quoteWant{{"We thank President Erdogan,", "Volodymyr Zelensky"}}},
		{"said, speaking alongside", `"This is a historic day," Macron said, speaking alongside German Chancellor Olaf Scholz.`,
			[]quoteWant{{"This is a historic day,", "Emmanuel Macron"}}},
		{"said, standing next to", `"This is a historic day," Macron said, standing next to Olaf Scholz.`,
			[]quoteWant{{"This is a historic day,", "Emmanuel Macron"}}},
		{"said during a visit to", `"We will help rebuild," Ursula von der Leyen said during a visit to Kyiv with Charles Michel.`,
			[]quoteWant{{"We will help rebuild,", "Ursula von der Leyen"}}},
		{"a description before the speaker's name", `"We want the hostages home," said the group's spokesman, Abu Ubaida.`,
			[]quoteWant{{"We want the hostages home,", "Abu Ubaida"}}},
		{"told a newspaper in an interview published", `"Europe is too slow," Mark Rutte told the Financial Times in an interview published on Sunday.`,
			[]quoteWant{{"Europe is too slow,", "Mark Rutte"}}},
		{"emphasizing after a statement", `In a statement, the European Union welcomed the deal, emphasizing that "dialogue remains the only way forward for both sides".`,
			[]quoteWant{{"dialogue remains the only way forward for both sides", "European Union"}}},
		{"with the latter emphasizing", `Kenyan President William Ruto met Ugandan President Yoweri Museveni, with the latter emphasizing the need for "a stronger and more united East African Community".`,
			[]quoteWant{{"a stronger and more united East African Community", "Yoweri Museveni"}}},
		{"with X saying", `Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday, with Museveni saying the talks were "frank, cordial and very useful".`,
			[]quoteWant{{"frank, cordial and very useful", "Yoweri Museveni"}}},
		{"the latter said", "Ahmed Karimov spoke with Tomas Berg on Monday.\n\n\"We will work together,\" the latter said.",
			[]quoteWant{{"We will work together,", "Tomas Berg"}}},
		{"talks with a counterpart named in apposition: the subject speaks", `Sergey Lavrov spoke after talks with his Turkish counterpart, Hakan Fidan, emphasizing that the West must "stop pumping weapons into Ukraine".`,
			[]quoteWant{{"stop pumping weapons into Ukraine", "Sergey Lavrov"}}},
		{"a present-tense verb of a report", "The Geneva Academy of Maritime Law published a study on Monday.\n\nThe study concludes: \"Ports have never been less safe than they are today.\"",
			[]quoteWant{{"Ports have never been less safe than they are today.", "Geneva Academy of Maritime Law"}}},
		{"a report continues", "The Geneva Academy of Maritime Law published a study on Monday.\n\nLosses \"have doubled in a single year\", the report continues, \"and insurers are leaving the market\".",
			[]quoteWant{{"have doubled in a single year", "Geneva Academy of Maritime Law"}, {"and insurers are leaving the market", "Geneva Academy of Maritime Law"}}},
		{"a study entitled is no body", "The Geneva Academy of Maritime Law published a study on Monday.\n\nThe study, entitled Harbour Watch, concludes that ports are \"less safe than at any time since the war\".",
			[]quoteWant{{"less safe than at any time since the war", "Geneva Academy of Maritime Law"}}},
		{"a speech verb used as an adjective attributes nothing", `Under the announced plan, the troops would "withdraw from all the towns within ten days".`, nil},
		{"as X put it", `As Foreign Minister Sergey Lavrov put it, the West "has lost all sense of reality in its dealings with us".`,
			[]quoteWant{{"has lost all sense of reality in its dealings with us", "Sergey Lavrov"}}},
		{"a person's post read", `Zelensky's post on X read: "Ukraine is ready for peace, but not for surrender."`,
			[]quoteWant{{"Ukraine is ready for peace, but not for surrender.", "Volodymyr Zelensky"}}},
		{"a person's message to another", `Erdogan's message to Putin was clear: "Turkey will not accept any attack on its soldiers."`,
			[]quoteWant{{"Turkey will not accept any attack on its soldiers.", "Recep Tayyip Erdogan"}}},
		{"the leader of a group", `"We are ready for a deal," Hamas leader Yahya Sinwar said.`,
			[]quoteWant{{"We are ready for a deal,", "Yahya Sinwar"}}},
		{"an official of a body with a title", `"We have no information," said Jean Dupont, a spokesman for the French foreign ministry.`,
			[]quoteWant{{"We have no information,", "Jean Dupont"}}},
		{"the first quote in a paragraph, the second after a speaker change", "\"We are not at war with Russia,\" Scholz said. Macron disagreed. \"We must not rule anything out,\" the French president said.",
			[]quoteWant{{"We are not at war with Russia,", "Olaf Scholz"}, {"We must not rule anything out,", "Emmanuel Macron"}}},
		{"says in the present tense", `"We have no quarrel with our neighbours," says Tunde Adewale, the foreign minister.`,
			[]quoteWant{{"We have no quarrel with our neighbours,", "Tunde Adewale"}}},
		{"a statement quoted the minister", `A ministry statement quoted Tunde Adewale as saying: "Nigeria will not be intimidated."`,
			[]quoteWant{{"Nigeria will not be intimidated.", "Tunde Adewale"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

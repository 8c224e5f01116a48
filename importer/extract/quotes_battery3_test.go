package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteSpeakersAcrossSentences runs made-up speakers introduced in one sentence and
// quoted in a later one: by surname, role, pronoun, or through a document a medium saw.
func TestQuoteSpeakersAcrossSentences(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"an unlisted name introduced without a verb, then its surname", "Ilona Varga arrived in Vienna on Monday.\n\n\"We are ready to talk,\" Varga said.",
			[]quoteWant{{"We are ready to talk,", "Ilona Varga"}}},
		{"an unlisted name with a role, then the role", "Hungarian Foreign Minister Ilona Varga arrived in Vienna on Monday.\n\n\"We are ready to talk,\" the minister said.",
			[]quoteWant{{"We are ready to talk,", "Ilona Varga"}}},
		{"the envoy", "The U.N. special envoy for Syria, Geir Pedersen, met the delegations in Geneva.\n\n\"Progress is slow,\" the envoy told reporters.",
			[]quoteWant{{"Progress is slow,", "Geir Pedersen"}}},
		{"the secretary-general", "U.N. Secretary-General Antonio Guterres spoke in New York.\n\n\"The world is watching,\" the secretary-general said.",
			[]quoteWant{{"The world is watching,", "Antonio Guterres"}}},
		{"a document seen by a news agency", "The European Union drafted a declaration for the summit.\n\nThe draft, seen by Reuters, said the bloc would act \"as soon as it is ready to do so\".",
			[]quoteWant{{"as soon as it is ready to do so", "European Union"}}},
		{"a quotation inside the pronoun's paragraph after another's name", "Prime Minister Ilona Varga called President Tomas Berg on Monday.\n\nShe told him the sanctions were \"a grave mistake that will cost us all\".",
			[]quoteWant{{"a grave mistake that will cost us all", "Ilona Varga"}}},
		{"the new prime minister", "Ukraine's parliament elected Volodymyr Groysman as prime minister on Thursday.\n\n\"We will fight corruption,\" the new prime minister said.",
			[]quoteWant{{"We will fight corruption,", "Volodymyr Groysman"}}},
		{"the Speaker", "House Speaker John Boehner met Chinese President Hu Jintao on Thursday.\n\n\"I raised human rights directly,\" the Speaker said.",
			[]quoteWant{{"I raised human rights directly,", "John Boehner"}}},
		{"a sentence that ends with the platform X", "Prime Minister Ilona Varga spoke with President Tomas Berg on Tuesday. \"We discussed trade,\" she posted on X. The Hungarian foreign ministry said the two leaders reviewed \"the progress in relations between the two countries.\"",
			[]quoteWant{{"We discussed trade,", "Ilona Varga"}, {"the progress in relations between the two countries.", "Hungarian Foreign Ministry"}}},
		{"the first of two persons named, then he", "Ahmed Karimov and Tomas Berg met in Vienna.\n\n\"We agreed on a roadmap,\" Karimov said. \"It will take time,\" he added.",
			[]quoteWant{{"We agreed on a roadmap,", "Ahmed Karimov"}, {"It will take time,", "Ahmed Karimov"}}},
		{"the speaker of a colon quote, then continued paragraph", "In a speech to parliament, Prime Minister Ilona Varga said:\n\n\"We will not bow to pressure.\"\n\n\"Our people have spoken.\"",
			[]quoteWant{{"We will not bow to pressure.", "Ilona Varga"}, {"Our people have spoken.", "Ilona Varga"}}},
		{"a second speaker's paragraph", "\"We will not bow,\" Ahmed Karimov said.\n\nTomas Berg, the opposition leader, disagreed: \"The government has failed.\"",
			[]quoteWant{{"We will not bow,", "Ahmed Karimov"}, {"The government has failed.", "Tomas Berg"}}},
		{"a title and surname only", "\"The border will stay closed,\" Gen. Okonkwo said.",
			[]quoteWant{{"The border will stay closed,", "Okonkwo"}}},
		{"Mr surname after the full name", "Ahmed Karimov flew to Vienna.\n\n\"This is a first step,\" Mr. Karimov said.",
			[]quoteWant{{"This is a first step,", "Ahmed Karimov"}}},
		{"the spokesperson of the ministry named earlier", "Chinese Foreign Ministry spokesperson Lin Jian took questions on Monday.\n\n\"China's position is consistent,\" Lin said.",
			[]quoteWant{{"China's position is consistent,", "Lin Jian"}}},
		{"the quote after a person's statement issued", "President Ilona Varga issued a statement on Monday.\n\n\"I condemn this cowardly attack.\"",
			[]quoteWant{{"I condemn this cowardly attack.", "Ilona Varga"}}},
		{"a body's statement, then the body said", "The Egyptian Foreign Ministry said in a statement that it rejected the plan.\n\n\"Egypt will not accept the displacement of Palestinians,\" the ministry said.",
			[]quoteWant{{"Egypt will not accept the displacement of Palestinians,", "Egyptian Foreign Ministry"}}},
		{"she is not the man whose own words show him a man", "South African Foreign Minister Naledi Pandor met her counterpart Ronald Lamola in Pretoria.\n\nLamola said his government would support the talks.\n\n\"We are ready to help,\" she said.",
			[]quoteWant{{"We are ready to help,", "Naledi Pandor"}}},
		{"she is the woman whose possessive shows her a woman", "Foreign Minister Thandiwe Mokoena met Sipho Dlamini in Pretoria on Monday. Mokoena said her country wanted peace.\n\nDlamini left for Cape Town.\n\n\"We are ready to help,\" she said.",
			[]quoteWant{{"We are ready to help,", "Thandiwe Mokoena"}}},
		{"thanked her is no possessive", "Sipho Dlamini met a delegation in Pretoria and thanked her for the visit.\n\n\"We are ready to help,\" he said.",
			[]quoteWant{{"We are ready to help,", "Sipho Dlamini"}}},
		{"a statement by the spokesman between the subject and the verb", `President Bola Tinubu, in a statement by his Special Adviser on Media and Publicity, Bayo Onanuga, said, "Nigeria will not tolerate any attack on its citizens."`,
			[]quoteWant{{"Nigeria will not tolerate any attack on its citizens.", "Bola Tinubu"}}},
		{"an interview aside between the subject and the verb", `Ahmed Karimov, in an interview with CNN's Christiane Amanpour, said the war was "a tragedy for both our peoples".`,
			[]quoteWant{{"a tragedy for both our peoples", "Ahmed Karimov"}}},
		{"further noted, went on to say", "Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat.\n\nThe top Iranian diplomat further noted that \"Iran has never sought nuclear weapons\".\n\nHe went on to say, \"Sanctions will not change our path.\"",
			[]quoteWant{{"Iran has never sought nuclear weapons", "Abbas Araghchi"}, {"Sanctions will not change our path.", "Abbas Araghchi"}}},
		{"a name in apposition before 'said that she' is not the woman", "Prime Minister Ngozi Adeyemi at a reception hosted by the ambassador, Musa Kamara, said that she saw no problem. \"Everything is fine,\" she was quoted as saying.",
			[]quoteWant{{"Everything is fine,", "Ngozi Adeyemi"}}},
		{"a quoted paragraph after a sentence whose subject was quoted last", "\"Photos are the last stage of talks, not the first,\" President Ahmed Karimov said.\n\nHe doubted the sincerity of the other side, pointing to its threats.\n\n\"How can anyone trust them after all this?\"",
			[]quoteWant{{"Photos are the last stage of talks, not the first,", "Ahmed Karimov"}, {"How can anyone trust them after all this?", "Ahmed Karimov"}}},
		{"a quoted paragraph after a sentence about someone else stays unattributed", "\"Photos are the last stage of talks, not the first,\" President Ahmed Karimov said.\n\nTomas Berg doubted the sincerity of the other side.\n\n\"How can anyone trust them after all this?\"",
			[]quoteWant{{"Photos are the last stage of talks, not the first,", "Ahmed Karimov"}}},
		{"the former president is the one called former", "Former Nigerian President Olusegun Obasanjo met President Bola Tinubu in Abuja on Sunday. Tinubu thanked him.\n\n\"Peace is within reach,\" the former president said.",
			[]quoteWant{{"Peace is within reach,", "Olusegun Obasanjo"}}},
		{"the senator", "Sen. Lindsey Graham met Zelensky in Kyiv.\n\n\"Russia must pay for this war,\" the senator said.",
			[]quoteWant{{"Russia must pay for this war,", "Lindsey Graham"}}},
		{"the general is the one named with the rank", "Gen. Michael Kurilla, the head of U.S. Central Command, met Defense Minister Yoav Gallant in Tel Aviv.\n\n\"Our commitment is ironclad,\" the general said.",
			[]quoteWant{{"Our commitment is ironclad,", "Michael Kurilla"}}},
		{"the general public is no one", "Gen. Michael Kurilla visited Israel. The general public was not told of the visit, which \"went very well\", officials said.",
			[]quoteWant{{"went very well", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

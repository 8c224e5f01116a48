package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestAttributionIdioms runs made-up stories for idioms of attribution in news copy that
// name the speaker only by reference. A body: "it" after the body acted in the sentence
// before (condemned, rejected, summoned), never a person, and no body when a person is the
// subject before it; its kind with modifiers ("the militant group said", "the Islamist
// movement said"), as with "the group said". A person: a quotation standing alone after a
// sentence that opens with the person judging something (defends, condemns, rejects,
// criticises) is the person's; no one's when two people judge. A participle of speech after
// a contact ("met the envoy, urging ... to "..."") gives the subject's words. A body's
// definite role ("the UN chief said", "the IAEA head said", "the European Commission
// president said") is the person named before with that body beside the name; "a UN
// spokesman" is the body. "The adviser", "the chairman" and "the army chief" are the
// person last named with that office, "the official" the one described as "X, a senior
// official at ..." (a person, whatever the given name). The object of a participle
// of speech after a quotation ("demanding X explain") does not speak it. A news medium
// that reports what a body or person did ("reported that the ministry wanted to ...
// because of "..."") passes their words on; what the one it reports on was is its own. "A
// readout of the call from X said" is X's, as "a readout from X said" is. "The bloc" and
// "the watchdog" ("the UN nuclear watchdog") are the international body named last. "Her
// husband said" after "X's wife" is X. An epithet or an age as a noun after a quotation
// (`," the 71-year-old said`, `," said the Republican, who ...`) is the person the
// sentences before speak of, never a body named in the relative clause after it. A speech
// verb fronted before the speaker ("Said Berg: "..."") is no given name of the speaker.
// "X said ... with Y, who added: "..."" is Y's. The one talked about is no speaker: "called Berg "..."" and "Berg was called "..." by
// Mehta" are Mehta's; "dismissed Mehta's remark that he was "..."" quotes Mehta, while
// "called Mehta's comments "..."" is the caller's verdict.
// A person right before a gerund of speech that opens the quotation ("recalled Berg
// telling him: "..."", "with Berg saying that "..."") speaks, not the sentence's subject.
// "The secretary" is the last person named with a secretary's office (Secretary of State,
// Foreign Secretary), as "the minister" is the last minister. A judging verb
// with "for" ("called for "...""), quotes words of four or more, and after "the" ("hailed
// the "..."") words of six or more; shorter, they are terms. "According to the readout"
// ("the statement") is the body that issued it. "Reminded" is a speech verb
// ("reminded Y that "...""). "EAM", as
// Indian releases print the External Affairs Minister, is that minister, before the name or
// alone after it was named; "Eam" in lower case stays a name.
func TestAttributionIdioms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"ministry condemned, it said after",
			"Norway's foreign ministry condemned the shelling of the port. \"Attacks on civilians must stop at once,\" it said in a statement.",
			[]quoteWant{{"Attacks on civilians must stop at once,", "Norwegian Foreign Ministry"}}},
		{"a news agency said, then it said",
			"The state news agency KCNA said the talks were a success. \"The two leaders agreed to deepen cooperation,\" it said.",
			[]quoteWant{{"The two leaders agreed to deepen cooperation,", "KCNA"}}},
		{"a news agency told is not it",
			"Norway's foreign ministry told Reuters the talks were a success. \"The two sides agreed to meet again,\" it said.",
			[]quoteWant{{"The two sides agreed to meet again,", "Norwegian Foreign Ministry"}}},
		{"next paragraph",
			"India's foreign ministry summoned the envoy on Friday.\n\n\"The remarks made in the assembly are unacceptable,\" it said.",
			[]quoteWant{{"The remarks made in the assembly are unacceptable,", "Indian Foreign Ministry"}}},
		{"It said before the quotation",
			"Norway's foreign ministry condemned the shelling of the port on Sunday. It said the attack was \"a grave breach of the ceasefire agreed in May.\"",
			[]quoteWant{{"a grave breach of the ceasefire agreed in May.", "Norwegian Foreign Ministry"}}},
		{"it added",
			"NATO rejected the accusation on Tuesday. \"The alliance threatens no one and never has,\" it added.",
			[]quoteWant{{"The alliance threatens no one and never has,", "NATO"}}},
		{"a person is the subject before",
			"Jonas Berg criticised NATO on Tuesday. \"The plan threatens no one and never has,\" it said.",
			[]quoteWant{{"The plan threatens no one and never has,", ""}}},

		{"adjective before group, after the quotation",
			"Hezbollah rejected the truce offer on Sunday. \"The offer changes nothing on the ground,\" the armed group said.",
			[]quoteWant{{"The offer changes nothing on the ground,", "Hezbollah"}}},
		{"two modifiers",
			"Hezbollah rejected the truce offer on Sunday. \"The offer changes nothing on the ground,\" the Lebanese armed group said in a statement.",
			[]quoteWant{{"The offer changes nothing on the ground,", "Hezbollah"}}},
		{"Islamist movement before the quotation",
			"Hamas answered the mediators on Sunday. The Islamist movement said the offer \"changes nothing on the ground for our people.\"",
			[]quoteWant{{"changes nothing on the ground for our people.", "Hamas"}}},
		{"no group named before",
			"Norway's foreign ministry urged talks on Sunday. \"The offer changes nothing on the ground,\" the armed group said.",
			[]quoteWant{{"The offer changes nothing on the ground,", ""}}},

		{"defended, next paragraph",
			"Finance Minister Jonas Berg defended the budget in parliament on Monday.\n\n\"Nobody can spend money that is not there. The cuts hurt, but they are needed.\"",
			[]quoteWant{{"Nobody can spend money that is not there. The cuts hurt, but they are needed.", "Jonas Berg"}}},
		{"condemned, same paragraph",
			"Mayor Lena Dahl condemned the attack on the clinic. \"This was an act of cowardice against people who help others.\"",
			[]quoteWant{{"This was an act of cowardice against people who help others.", "Lena Dahl"}}},
		{"rejected the demands",
			"Jonas Berg rejected the union's demands on Tuesday.\n\n\"Nobody can spend money that is not there.\"",
			[]quoteWant{{"Nobody can spend money that is not there.", "Jonas Berg"}}},
		{"two people judge",
			"Jonas Berg and Lena Dahl condemned the attack on the clinic.\n\n\"This was an act of cowardice against people who help others.\"",
			nil},
		{"urging after a meeting",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday, urging Copenhagen to \"reopen the border crossings before the winter.\"",
			[]quoteWant{{"reopen the border crossings before the winter.", "Jonas Berg"}}},
		{"stating, a participle of speech",
			"Jonas Berg left the meeting early, stating that the offer was \"an insult to the people of the north.\"",
			[]quoteWant{{"an insult to the people of the north.", "Jonas Berg"}}},
		{"the body's chief, titled before the name",
			"UN Secretary-General Ana Ferreira landed in Juba on Monday. \"The ceasefire must hold,\" the UN chief told reporters.",
			[]quoteWant{{"The ceasefire must hold,", "Ana Ferreira"}}},
		{"the body's head, in an apposition",
			"Lars Eide, the head of the IAEA, visited the plant on Monday. \"The reactor is stable for now,\" the IAEA head said.",
			[]quoteWant{{"The reactor is stable for now,", "Lars Eide"}}},
		{"the body's president, titled before the name",
			"European Commission President Ingrid Maas flew to Kyiv on Monday. \"Europe will stand by Ukraine,\" the European Commission president said.",
			[]quoteWant{{"Europe will stand by Ukraine,", "Ingrid Maas"}}},
		{"the adviser, named with the office before",
			"Nadia Rahimi, an adviser to the prime minister, spoke in Kabul on Monday. \"The border will stay closed until spring,\" the adviser said.",
			[]quoteWant{{"The border will stay closed until spring,", "Nadia Rahimi"}}},
		{"the chairman of a committee named before",
			"Yusuf Demir, the committee chairman, opened the hearing. \"We want answers from the ministry,\" the chairman told reporters.",
			[]quoteWant{{"We want answers from the ministry,", "Yusuf Demir"}}},
		{"the army chief named before",
			"Army chief Gen. Tariq Mahmood met the visiting envoy on Monday. \"Our troops will stay on the border,\" the army chief said.",
			[]quoteWant{{"Our troops will stay on the border,", "Tariq Mahmood"}}},
		{"the official, named as one before",
			"Jonas Dahl, a senior official at the interior ministry, toured the camp on Monday. \"We need more tents before the winter,\" the official said.",
			[]quoteWant{{"We need more tents before the winter,", "Jonas Dahl"}}},
		{"a name described as an official, no given name known",
			"Farid Nouri, a senior official at the interior ministry, toured the camp on Monday. \"We need more tents before the winter,\" the official said.",
			[]quoteWant{{"We need more tents before the winter,", "Farid Nouri"}}},
		{"a body's spokesman is the body",
			"UN Secretary-General Ana Ferreira landed in Juba on Monday. \"The ceasefire must hold,\" a UN spokesman told reporters.",
			[]quoteWant{{"The ceasefire must hold,", "United Nations"}}},
		{"no holder named before",
			"Aid reached Juba on Monday. \"The ceasefire must hold,\" the UN envoy told reporters.",
			[]quoteWant{{"The ceasefire must hold,", "United Nations"}}},
		{"a participle's object after the quotation is no speaker",
			"Finance Minister Jonas Berg met the protesters on Friday. \"Where did the money for the schools go?\" the crowd chanted, urging Berg to resign.",
			[]quoteWant{{"Where did the money for the schools go?", ""}}},
		{"a paper reports what a body did",
			"Reuters reported in May that Norway's foreign ministry wanted to close the consulate because of \"repeated threats against the staff.\"",
			[]quoteWant{{"repeated threats against the staff.", "Norwegian Foreign Ministry"}}},
		{"a paper's own description",
			"Reuters reported that Jonas Berg was \"furious about the leak and the delays.\"",
			[]quoteWant{{"furious about the leak and the delays.", "Reuters"}}},
		{"a paper's own description after an auxiliary",
			"Reuters reported that Jonas Berg had been \"furious about the leak and the delays.\"",
			[]quoteWant{{"furious about the leak and the delays.", "Reuters"}}},
		{"a paper's own description of what will be",
			"Reuters reported that Jonas Berg would be \"the first envoy to visit since the war.\"",
			[]quoteWant{{"the first envoy to visit since the war.", "Reuters"}}},
		{"a readout of the call from a body",
			"Jonas Berg spoke with Lena Dahl by phone on Tuesday. A readout of the call from the Kremlin said the two discussed \"grain exports and the safety of shipping.\"",
			[]quoteWant{{"grain exports and the safety of shipping.", "Kremlin"}}},
		{"the bloc",
			"The European Union imposed new sanctions on Monday. \"The measures target those who ordered the crackdown,\" the bloc said.",
			[]quoteWant{{"The measures target those who ordered the crackdown,", "European Union"}}},
		{"a body's name qualifies the watchdog",
			"The International Atomic Energy Agency inspected the plant on Monday. \"We found no sign of damage to the reactor,\" the UN nuclear watchdog said.",
			[]quoteWant{{"We found no sign of damage to the reactor,", "IAEA"}}},
		{"her husband after the person's wife",
			"Mayor Jonas Berg kept an account in Panama. Berg's wife said in a post that the account was hers. Her husband said in a radio interview that \"nothing was hidden from the tax office.\"",
			[]quoteWant{{"nothing was hidden from the tax office.", "Jonas Berg"}}},
		{"her husband after the quotation",
			"Mayor Jonas Berg kept an account in Panama. Berg's wife said in a post that the account was hers.\n\n\"Nothing was hidden from the tax office,\" her husband said.",
			[]quoteWant{{"Nothing was hidden from the tax office,", "Jonas Berg"}}},
		{"his wife is no one named",
			"Mayor Jonas Berg kept an account in Panama.\n\n\"Nothing was hidden from the tax office,\" his wife said.",
			[]quoteWant{{"Nothing was hidden from the tax office,", ""}}},
		{"an age as a noun after the quotation",
			"Jonas Berg, 71, arrived in Oslo on Monday for the talks. \"I have come to listen to the north,\" the 71-year-old told reporters.",
			[]quoteWant{{"I have come to listen to the north,", "Jonas Berg"}}},
		{"an epithet after the quotation",
			"Jonas Berg arrived in Oslo on Monday for the talks. \"I have come to listen to the north,\" the veteran told reporters.",
			[]quoteWant{{"I have come to listen to the north,", "Jonas Berg"}}},
		{"a relative clause that introduces the quotation after another speaker",
			"Foreign Minister Arjun Mehta met Jonas Berg in Oslo on Monday.\n\nMehta said the talks went well at a news conference with Berg, who added: \"Norway is ready to mediate.\"",
			[]quoteWant{{"Norway is ready to mediate.", "Jonas Berg"}}},
		{"a verdict on a named object",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nLast month, Mehta called Berg \"a mediator without a mandate\".",
			[]quoteWant{{"a mediator without a mandate", "Arjun Mehta"}}},
		{"a passive verdict with its agent after the quotation",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nBerg was called \"a mediator without a mandate\" by Mehta last month.",
			[]quoteWant{{"a mediator without a mandate", "Arjun Mehta"}}},
		{"the possessor of a remark whose content is quoted",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nBerg dismissed Mehta's remark that he was \"a mediator without a mandate\".",
			[]quoteWant{{"a mediator without a mandate", "Arjun Mehta"}}},
		{"a verdict on a possessor's remark is the judge's",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nBerg called Mehta's comments \"out of touch with what was agreed\".",
			[]quoteWant{{"out of touch with what was agreed", "Jonas Berg"}}},
		{"a person before a gerund of speech and a colon",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nMehta recalled Berg telling him: \"Norway is ready to mediate.\"",
			[]quoteWant{{"Norway is ready to mediate.", "Jonas Berg"}}},
		{"an absolute clause with a person saying that",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nThe call ended with Berg saying that \"the door remains open to everyone\".",
			[]quoteWant{{"the door remains open to everyone", "Jonas Berg"}}},
		{"the subject going on with a gerund after a comma",
			"Foreign Minister Arjun Mehta spoke with Jonas Berg on Monday.\n\nMehta thanked Berg, saying: \"Norway has been a true friend.\"",
			[]quoteWant{{"Norway has been a true friend.", "Arjun Mehta"}}},
		{"the secretary after a Secretary of State",
			"Secretary of State Jonas Berg met Foreign Minister Arjun Mehta in Oslo on Monday.\n\n\"We had a very frank discussion,\" the secretary told reporters.",
			[]quoteWant{{"We had a very frank discussion,", "Jonas Berg"}}},
		{"the secretary with no secretary named",
			"Foreign Minister Arjun Mehta met Jonas Berg in Oslo on Monday.\n\n\"We had a very frank discussion,\" the secretary told reporters.",
			[]quoteWant{{"We had a very frank discussion,", ""}}},
		{"a speech verb fronted before the speaker and a colon",
			"Jonas Berg arrived in Oslo on Monday for the talks.\n\nSaid Berg: \"I have come to listen to the north.\"",
			[]quoteWant{{"I have come to listen to the north.", "Jonas Berg"}}},
		{"a speech verb fronted before the speaker and a comma",
			"Jonas Berg arrived in Oslo on Monday for the talks.\n\nAdded Berg, \"Nobody will be left behind.\"",
			[]quoteWant{{"Nobody will be left behind.", "Jonas Berg"}}},
		{"a country's possessive and a modifier before the office",
			"Prime Minister Jonas Berg met Foreign Minister Arjun Mehta in Oslo on Monday.\n\n\"We will not give up,\" Norway's longest-serving prime minister said.",
			[]quoteWant{{"We will not give up,", "Jonas Berg"}}},
		{"a tabloid speech verb",
			"Jonas Berg arrived in Oslo on Monday for the talks. \"That is simply not true,\" Berg snapped.",
			[]quoteWant{{"That is simply not true,", "Jonas Berg"}}},
		{"an epithet with a modifier after the quotation",
			"Jonas Berg arrived in Oslo on Monday for the talks. \"I have come to listen to the north,\" the veteran politician told reporters.",
			[]quoteWant{{"I have come to listen to the north,", "Jonas Berg"}}},
		{"an age as a noun after an inverted verb",
			"Jonas Berg, 71, arrived in Oslo on Monday for the talks. \"I have come to listen to the north,\" said the 71-year-old.",
			[]quoteWant{{"I have come to listen to the north,", "Jonas Berg"}}},
		{"a party epithet after an inverted verb, before a relative clause",
			"Senator Jonas Berg met Foreign Minister Arjun Mehta at the Capitol on Monday. \"He is a partner we can trust,\" said the Republican, who chairs the Foreign Relations Committee.",
			[]quoteWant{{"He is a partner we can trust,", "Jonas Berg"}}},
		{"called for words",
			"Foreign Minister Arjun Mehta called for \"an immediate and unconditional ceasefire in the region\".",
			[]quoteWant{{"an immediate and unconditional ceasefire in the region", "Arjun Mehta"}}},
		{"hailed the, then words",
			"Prime Minister Leila Haddad on Friday hailed the \"historic agreement between our two great nations\".",
			[]quoteWant{{"historic agreement between our two great nations", "Leila Haddad"}}},
		{"condemned an attack in the strongest terms",
			"On Sunday President Omar Farouk condemned the bombing in the \"strongest possible terms and without reservation\".",
			[]quoteWant{{"strongest possible terms and without reservation", "Omar Farouk"}}},
		{"short terms after for and the stay terms",
			"Farouk called for \"restraint\" and condemned the \"special military operation\".", nil},
		{"according to the readout, after the quotation",
			"NATO Secretary General Jens Lund spoke with Prime Minister Leila Haddad on Monday, NATO said in a readout.\n\n\"The two agreed to deepen cooperation on air defence,\" according to the readout.",
			[]quoteWant{{"The two agreed to deepen cooperation on air defence,", "NATO"}}},
		{"according to the statement, before the quotation",
			"The Kenyan foreign ministry issued a statement after the talks. According to the statement, Nairobi \"will host the next round of talks in May\".",
			[]quoteWant{{"will host the next round of talks in May", "Kenyan Foreign Ministry"}}},
		{"reminded the other that",
			"Foreign Minister Leila Haddad reminded her Omani counterpart that Cairo would \"never accept a change of borders by force\".",
			[]quoteWant{{"never accept a change of borders by force", "Leila Haddad"}}},
		{"EAM before the name",
			"\"Our partnership with the Gulf has never been stronger,\" EAM Arjun Mehta posted on X.",
			[]quoteWant{{"Our partnership with the Gulf has never been stronger,", "Arjun Mehta"}}},
		{"the EAM alone after the minister was named",
			"External Affairs Minister Arjun Mehta met his Omani counterpart in Muscat on Monday.\n\n\"Our partnership with the Gulf has never been stronger,\" the EAM said.",
			[]quoteWant{{"Our partnership with the Gulf has never been stronger,", "Arjun Mehta"}}},
		{"a name spelled like the acronym EAM",
			"\"Our partnership with the Gulf has never been stronger,\" said Dr Eam Kosal.",
			[]quoteWant{{"Our partnership with the Gulf has never been stronger,", "Eam Kosal"}}},
	})
}

// speakerCase is one made-up story and the quotations with speakers it should give.
type speakerCase struct {
	name string
	text string
	want []quoteWant
}

// runSpeakerCases extracts each case's story and checks its quotations and speakers.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	x := newExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

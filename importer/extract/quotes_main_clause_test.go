package extract_test

import "testing"

// TestMainClauseSpeaker runs made-up wire sentences where a clause before the main one
// holds another person's telling: a subordinate clause that opens the sentence ("Hours
// after X told a summit that ..., Y said:"), a clause joined with ", and" that has a
// subject of its own, an aside between the subject and its verb ("Y, speaking after X
// told ..., said:") or a relative clause that closes before the verb ("Y met X, who told
// reporters ..., and said:"). The quotation is the main or last clause's speaker's; a reported
// telling ("said B had told C that") and a second verb with no subject of its own stay
// the first speaker's.
func TestMainClauseSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"hours after another told a summit",
			`Hours after Tomas Vrenek told a summit that his country was leaving the bloc, Belgian Prime Minister Anders Kolvit said: "It is a sad day for Europe."`,
			[]quoteWant{{"It is a sad day for Europe.", "Anders Kolvit"}}},
		{"after another said",
			`After Tomas Vrenek said the talks had failed, Anders Kolvit told reporters: "We will try again next month."`,
			[]quoteWant{{"We will try again next month.", "Anders Kolvit"}}},
		{"when another said",
			`When Prime Minister Tomas Vrenek said he would resign, President Anders Kolvit told reporters, "It is his own decision."`,
			[]quoteWant{{"It is his own decision.", "Anders Kolvit"}}},
		{"as another told reporters",
			`As Tomas Vrenek told reporters about the plan, Foreign Minister Anders Kolvit warned: "This will cost us dearly."`,
			[]quoteWant{{"This will cost us dearly.", "Anders Kolvit"}}},
		{"a clause joined with and has its own subject",
			`Tomas Vrenek told the summit that his country was leaving, and Anders Kolvit said: "It is a sad day."`,
			[]quoteWant{{"It is a sad day.", "Anders Kolvit"}}},
		{"a reported telling stays the reporter's",
			`Foreign Minister Anders Kolvit said Tomas Vrenek had told him that the border would "stay closed until spring".`,
			[]quoteWant{{"stay closed until spring", "Anders Kolvit"}}},
		{"a second verb without a subject stays the first speaker's",
			`Anders Kolvit spoke to reporters after the meeting, and said: "We are ready to talk."`,
			[]quoteWant{{"We are ready to talk.", "Anders Kolvit"}}},
		{"an aside after the subject holds another's telling",
			`Anders Kolvit, speaking after Tomas Vrenek told the summit of his plans, said: "It is a sad day."`,
			[]quoteWant{{"It is a sad day.", "Anders Kolvit"}}},
		{"a relative aside holds another's telling",
			`Anders Kolvit, who spoke after Tomas Vrenek told the summit of his plans, said: "It is a sad day."`,
			[]quoteWant{{"It is a sad day.", "Anders Kolvit"}}},
		{"an aside after an object, then a participle",
			`Prime Minister Tomas Berg thanked President Anders Kolvit, who had told reporters of the plan on Sunday, saying: "We owe him a great deal."`,
			[]quoteWant{{"We owe him a great deal.", "Tomas Berg"}}},
		{"a relative clause on the object holds its telling",
			`Prime Minister Tomas Berg met President Anders Kolvit, who told reporters of the plan on Sunday, and said: "We owe him a great deal."`,
			[]quoteWant{{"We owe him a great deal.", "Tomas Berg"}}},
		{"a subordinate clause without a telling",
			`After Tomas Vrenek left the room, Anders Kolvit said: "The talks are over for today."`,
			[]quoteWant{{"The talks are over for today.", "Anders Kolvit"}}},
	})
}

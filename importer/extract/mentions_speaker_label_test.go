package extract_test

import "testing"

// TestSpeakerLabels covers the turns of a transcript: the label's person says the turn's
// "I" (in capitals, "SECRETARY X:", or a name in title case, "X (retranslated):"), "we"
// before a past contact verb is the speaker's side, an asker's turn ("QUESTION:",
// "JOURNALIST:") is no one's, and one label-like opening alone is no transcript.
func TestSpeakerLabels(t *testing.T) {
	x := newExtractor(t)
	held := func(mode string, names ...string) contactWant {
		return contactWant{names: names, mode: mode, status: "held"}
	}
	runContactCases(t, x, []contactCase{
		{"a label in capitals", "SECRETARY LAVROV: I spoke to Foreign Minister Tomas Varga this morning.\n\nQUESTION: Did you raise the border?\n\nSECRETARY LAVROV: I did.", "2025-03-05",
			[]contactWant{held("unspecified", "Sergey Lavrov", "Tomas Varga")}},
		{"names in title case", "Sergey Lavrov: I met Foreign Minister Tomas Varga in Budapest on Tuesday.\n\nTomas Varga (interpreted): Thank you.\n\nSergey Lavrov: Thank you.", "2025-03-05",
			[]contactWant{held("meeting", "Sergey Lavrov", "Tomas Varga")}},
		{"we before a past contact verb", "LAVROV: We met with Foreign Minister Tomas Varga this afternoon.\n\nQUESTION: Will you meet again?", "2025-03-05",
			[]contactWant{held("meeting", "Sergey Lavrov", "Tomas Varga")}},
		{"an asker's I is no one's", "QUESTION: I met Foreign Minister Tomas Varga yesterday, and he said the border would open. Is that so?\n\nLAVROV: Ask him.", "2025-03-05", nil},
		{"an interview's answers are the interviewee's of its introduction", "Hungarian Foreign Minister Tomas Varga spoke to Example News in Budapest.\n\nQ: Have you met Sergey Lavrov this year?\n\nA: I met Sergey Lavrov in Minsk on Tuesday.", "2025-03-05",
			[]contactWant{held("meeting", "Tomas Varga", "Sergey Lavrov")}},
		{"every answer is the interviewee's, the names of the answers before are not", "Hungarian Foreign Minister Tomas Varga spoke to Example News in Budapest.\n\nQ: Have you met Sergey Lavrov this year?\n\nA: I met Sergey Lavrov in Minsk on Tuesday.\n\nQ: And the Czechs?\n\nA: I spoke with Foreign Minister Pavel Horak by phone on Monday.", "2025-03-05",
			[]contactWant{held("meeting", "Tomas Varga", "Sergey Lavrov"), held("phone", "Tomas Varga", "Pavel Horak")}},
		{"a journalist's introduction names no actor", "MS. DOE: Good afternoon.\n\nQUESTION: Thank you. Hannah Levin with Example News. Did Sergey Lavrov meet Foreign Minister Tomas Varga?\n\nMS. DOE: They met in Minsk on Tuesday.", "2025-03-05",
			[]contactWant{held("meeting", "Sergey Lavrov", "Tomas Varga")}},
		{"questions with no labels, the interviewee of the introduction", "Hungarian Foreign Minister Tomas Varga spoke to Example News.\n\nHave you met Sergey Lavrov this year?\n\nI met him in Minsk on Tuesday. I met Sergey Lavrov again in Baku.\n\nWill you meet again?\n\nWe will see.", "2025-03-05",
			[]contactWant{held("meeting", "Tomas Varga", "Sergey Lavrov")}},
		{"one question is no interview", "Have you met Sergey Lavrov this year?\n\nI met Sergey Lavrov in Baku on Tuesday.", "2025-03-05", nil},
		{"him after the speaker's I is the one person named before", "SECRETARY LAVROV: I spoke to Foreign Minister Tomas Varga this morning, and I will meet him in Minsk on Friday.\n\nQUESTION: Where?\n\nSECRETARY LAVROV: In Minsk.", "2025-03-05",
			[]contactWant{held("unspecified", "Sergey Lavrov", "Tomas Varga"), {names: []string{"Sergey Lavrov", "Tomas Varga"}, mode: "meeting", status: "scheduled", date: "2025-03-07"}}},
		{"labels of no one make no transcript", "UPDATE: I met Foreign Minister Tomas Varga this morning.\n\nCORRECTION: An earlier version misspelt his name.", "2025-03-05", nil},
		{"one label-like opening is no transcript", "UPDATE: I met Foreign Minister Tomas Varga this morning.", "2025-03-05", nil},
	})
}

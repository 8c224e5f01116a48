package extract_test

import "testing"

// TestDelegationHeadAndSeparateIdioms: a host who receives or meets "a delegation headed
// by X", "led by X" or "of the World Bank led by its President X" meets X; parties told "speaking separately" or that "met separately"
// with no one named talked to no one; "there was no point in talks with X" refuses the talks;
// "X, whom Y met on Monday," is a meeting of Y and X (the relative pronoun is its antecedent);
// "called up X" and "rang up X" are calls, "called up reservists" none.
func TestDelegationHeadAndSeparateIdioms(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"received a delegation headed by", "Chinese President Xi Jinping on Thursday received a delegation headed by Ethiopian Foreign Minister Demeke Mekonnen in Beijing.", pub,
			[]contactWant{{[]string{"Xi Jinping", "Demeke Mekonnen"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"met a delegation led by", "Egyptian Foreign Minister Sameh Shoukry met a delegation led by Sudanese Foreign Minister Ali al-Sadiq in Cairo on Monday.", pub,
			[]contactWant{{[]string{"Sameh Shoukry", "Ali al-Sadiq"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"a delegation of a body led by its head", "Nigerian President Bola Tinubu on Monday received a delegation of the World Bank led by its President Ajay Banga.", pub,
			[]contactWant{{[]string{"Bola Tinubu", "Ajay Banga"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"a delegation from a body led by its head", "Nigerian President Bola Tinubu received a delegation from the Organisation of Islamic Cooperation led by its Secretary-General Hissein Brahim Taha on Monday.", pub,
			[]contactWant{{[]string{"Bola Tinubu", "Hissein Brahim Taha"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"refused to receive a body's delegation", "Nigerian President Bola Tinubu refused to receive a delegation of the World Bank led by its President Ajay Banga.", pub, nil},
		{"a delegation led by no person is none", "Chinese President Xi Jinping received a delegation led by the ruling party in Beijing.", pub, nil},
		{"whom X met", "Ethiopian Foreign Minister Demeke Mekonnen, whom Chinese Foreign Minister Wang Yi met in Beijing on Monday, praised the ties.", pub,
			[]contactWant{{[]string{"Wang Yi", "Demeke Mekonnen"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"called up", "Indian Prime Minister Narendra Modi called up Chinese President Xi Jinping on Monday.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Xi Jinping"}, "phone", "held", "2024-03-04", "Monday"}}},
		{"rang up", "British Prime Minister Boris Johnson rang up French President Emmanuel Macron on Monday.", pub,
			[]contactWant{{[]string{"Boris Johnson", "Emmanuel Macron"}, "phone", "held", "2024-03-04", "Monday"}}},
		{"called up reservists is none", "The Russian Defence Ministry called up 300 reservists on Monday.", pub, nil},
		{"speaking separately is none", "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky, speaking separately on Monday, both said the war would go on.", pub, nil},
		{"met separately is none", "French President Emmanuel Macron and German Chancellor Olaf Scholz met separately on Monday.", pub, nil},
		{"no point in talks is none", "Russian Foreign Minister Sergei Lavrov said there was no point in talks with Ukrainian President Volodymyr Zelensky.", pub, nil},
		{"no progress in talks is held", "Russian Foreign Minister Sergei Lavrov said there was no progress in talks with Ukrainian Foreign Minister Dmytro Kuleba on Monday.", pub,
			[]contactWant{{[]string{"Sergey Lavrov", "Dmytro Kuleba"}, "meeting", "held", "2024-03-04", "Monday"}}},
	})
}

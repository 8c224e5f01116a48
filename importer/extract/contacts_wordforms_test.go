package extract_test

import "testing"

// TestContactWordForms covers forms of contact words that news copy and readouts print
// besides the ones first listed: the present and the infinitive of "received" ("Xi
// receives X", "will receive X"), "held consultations with" (the foreign ministries'
// word for talks between their officials), the present of "phoned", and a delegation
// described before its head ("received a U.S. congressional delegation led by X": X), and
// talks "attended by" persons of several countries when no contact told before is theirs;
// "the two prime ministers" before any contact, with the two named side by side in the
// next sentence; "was joined by A and B at a meeting" (one meeting of all); "videocall" and
// "tête-à-tête" as printed with their accents; a known actor whose name opens with a stop
// word ("To Lam").
func TestContactWordForms(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-14" // a Thursday
	runContactCases(t, x, []contactCase{
		{"receives", "Chinese President Xi Jinping receives Vietnamese Prime Minister Pham Minh Chinh in Beijing on Thursday.", pub,
			[]contactWant{{[]string{"Xi Jinping", "Pham Minh Chinh"}, "meeting", "held", "2024-03-14", "Thursday"}}},
		{"will receive", "Pope Francis will receive U.S. President Joe Biden at the Vatican on Friday.", pub,
			[]contactWant{{[]string{"Pope Francis", "Joe Biden"}, "meeting", "scheduled", "2024-03-15", "Friday"}}},
		{"receive aid is none", "Ukraine will receive more air defence systems from Germany, Chancellor Olaf Scholz told President Volodymyr Zelensky's envoy.", pub, nil},
		{"held consultations with", "Russian Deputy Foreign Minister Sergei Ryabkov held consultations with U.S. Under Secretary of State Bonnie Jenkins in Geneva on Monday.", pub,
			[]contactWant{{[]string{"Sergey Ryabkov", "Bonnie Jenkins"}, "meeting", "held", "2024-03-11", "Monday"}}},
		{"received a delegation with modifiers led by X", "Chinese Vice President Han Zheng received a U.S. congressional delegation led by Senate Majority Leader Chuck Schumer in Beijing on Monday.", pub,
			[]contactWant{{[]string{"Han Zheng", "Chuck Schumer"}, "meeting", "held", "2024-03-11", "Monday"}}},
		{"talks attended by A, B and C with no contact before", "Talks in Doha on Sunday were attended by CIA Director William Burns, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and Mossad chief David Barnea.", pub,
			[]contactWant{{[]string{"William Burns", "Mohammed bin Abdulrahman Al Thani", "David Barnea"}, "meeting", "held", "2024-03-10", "Sunday"}}},
		{"the two before the names", "The two prime ministers held talks at the official residence in Tokyo on Tuesday. Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida agreed to deepen defence ties.", pub,
			[]contactWant{{[]string{"Anthony Albanese", "Fumio Kishida"}, "meeting", "held", "2024-03-12", "Tuesday"}}},
		{"the two before names not joined", "The two prime ministers held talks in Tokyo on Tuesday. Australian Prime Minister Anthony Albanese later said Japanese Prime Minister Fumio Kishida's aides had prepared a deal.", pub, nil},
		{"joined by A and B at a meeting", "Zelensky was joined by Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda at a meeting in Kyiv on Friday.", pub,
			[]contactWant{{[]string{"Volodymyr Zelensky", "Andrzej Duda", "Gitanas Nauseda"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"videocall", "Zelensky held a videocall with Dutch Prime Minister Mark Rutte on Tuesday.", pub,
			[]contactWant{{[]string{"Volodymyr Zelensky", "Mark Rutte"}, "video", "held", "2024-03-12", "Tuesday"}}},
		{"tête-à-tête", "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held a tête-à-tête in Mamallapuram on Friday.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Xi Jinping"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"a known name that opens with a stop word", "Chinese President Xi Jinping held talks with To Lam, general secretary of the Communist Party of Vietnam, in Hanoi on Monday.", pub,
			[]contactWant{{[]string{"Xi Jinping", "To Lam"}, "meeting", "held", "2024-03-11", "Monday"}}},
		{"phones", "Biden phones Xi Jinping as tensions rise over Taiwan.", pub,
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "phone", "held", "", ""}}},
	})
}

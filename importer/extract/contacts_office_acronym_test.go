package extract_test

import "testing"

// TestOfficeAcronyms: official releases name a holder named before by a bare acronym of
// the office ("EAM called on President X", "PM conveyed his best wishes", "DPM also
// met"): the holder, the one the release named most often. A time ("at 3:07 PM") or the
// acronym as the title of a name ("PM Modi") is no such reference.
func TestOfficeAcronyms(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"EAM called on, he held talks", "External Affairs Minister Dr. S. Jaishankar paid an official visit to Sri Lanka on 7-8 March 2024. During the visit, EAM called on President Ranil Wickremesinghe. He also held bilateral talks with Foreign Minister Ali Sabry.", pub,
			[]contactWant{
				{[]string{"Subrahmanyam Jaishankar", "Ranil Wickremesinghe"}, "meeting", "held", "", ""},
				{[]string{"Subrahmanyam Jaishankar", "Ali Sabry"}, "meeting", "held", "", ""},
			}},
		{"EAM also met opens the sentence", "External Affairs Minister Dr. S. Jaishankar arrived in Colombo on Thursday. EAM also met Prime Minister Dinesh Gunawardena on Thursday.", pub,
			[]contactWant{{[]string{"Subrahmanyam Jaishankar", "Dinesh Gunawardena"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"EAM is India's, not the host's foreign minister", "On March 5, EAM held talks with Japanese Foreign Minister Yoko Kamikawa in Tokyo. External Affairs Minister Dr. S. Jaishankar is on a three-day visit.", pub,
			[]contactWant{{[]string{"Subrahmanyam Jaishankar", "Yoko Kamikawa"}, "meeting", "held", "2024-03-05", "March 5"}}},
		{"PM held talks", "Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday. PM held talks with President Mohamed bin Zayed Al Nahyan on Tuesday.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Mohamed bin Zayed Al Nahyan"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"DPM met", "Deputy Prime Minister Lawrence Wong arrived in Tokyo on Monday. DPM met Japanese Prime Minister Fumio Kishida on Monday.", pub,
			[]contactWant{{[]string{"Lawrence Wong", "Fumio Kishida"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"COAS met, after the acronym in parentheses", "General Syed Asim Munir, Chief of Army Staff (COAS) called on Chinese Vice President Han Zheng in Beijing on Tuesday. Later, COAS met General Zhang Youxia, Vice Chairman of the Central Military Commission.", pub,
			[]contactWant{
				{[]string{"Syed Asim Munir", "Han Zheng"}, "meeting", "held", "2024-03-05", "Tuesday"},
				{[]string{"Syed Asim Munir", "Zhang Youxia"}, "meeting", "held", "", ""},
			}},
		{"a time is no office", "Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday. At 3:07 PM officials met in the lobby.", pub, nil},
	})
}

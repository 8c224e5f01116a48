package extract_test

import "testing"

// TestOfficeAcronyms: official releases name a holder named before by a bare acronym of
// the office ("Later, COAS met X"): the holder, the one the release named most often. A
// time ("at 3:07 PM") is no such reference.
func TestOfficeAcronyms(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"COAS met, after the acronym in parentheses", "General Syed Asim Munir, Chief of Army Staff (COAS) called on Chinese Vice President Han Zheng in Beijing on Tuesday. Later, COAS met General Zhang Youxia, Vice Chairman of the Central Military Commission.", pub,
			[]contactWant{
				{[]string{"Syed Asim Munir", "Han Zheng"}, "meeting", "held", "2024-03-05", "Tuesday"},
				{[]string{"Syed Asim Munir", "Zhang Youxia"}, "meeting", "held", "", ""},
			}},
		{"COAS also met opens the sentence", "Chief of Army Staff General Syed Asim Munir arrived in Riyadh on Monday. COAS also met Saudi Defence Minister Prince Khalid bin Salman on Monday.", pub,
			[]contactWant{{[]string{"Syed Asim Munir", "Khalid bin Salman"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"a time is no office", "Chief of Army Staff General Syed Asim Munir arrived in Riyadh on Tuesday. At 3:07 COAS officials met in the lobby.", pub, nil},
	})
}

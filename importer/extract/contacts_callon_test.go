package extract_test

import "testing"

// TestCalledOn checks "called on" + a person as a courtesy visit, each person met at
// a place of their own apart, and "called on X to ..." as an appeal.
func TestCalledOn(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"called on two people at two places",
			"Wang Yi called on Prime Minister Lee Hsien Loong at the Istana and Deputy Prime Minister Heng Swee Keat in his office.", "",
			[]contactWant{
				{[]string{"Wang Yi", "Lee Hsien Loong"}, "meeting", "held", "", ""},
				{[]string{"Wang Yi", "Heng Swee Keat"}, "meeting", "held", "", ""},
			}},
		{"called on to act is an appeal",
			"President Joe Biden called on Vladimir Putin to withdraw his troops.", "", nil},
		{"called on for restraint is an appeal",
			"President Joe Biden called on Xi Jinping for restraint.", "", nil},
		{"the two after one of several told again are that pair",
			"Wang Yi met Prime Minister Lee Hsien Loong on Thursday. They discussed trade.\n\n" +
				"Wang called on Lee at the Istana and Deputy Prime Minister Heng Swee Keat in his office.\n\n" +
				"Heng wrote that his meeting with Wang was useful. The two last met in China in May 2019.", "2020-08-20",
			[]contactWant{
				{[]string{"Wang Yi", "Lee Hsien Loong"}, "meeting", "held", "", ""},
				{[]string{"Wang Yi", "Heng Swee Keat"}, "meeting", "held", "", ""},
				{[]string{"Wang Yi", "Heng Swee Keat"}, "meeting", "held", "2019-05", "May 2019"},
			}},
	})
}

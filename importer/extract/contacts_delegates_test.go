package extract_test

import "testing"

// TestGroupDelegates: a movement, party or body (an organization of kind group) that
// speaks through its officials, delegation or representatives is the party of the contact
// ("met Taliban officials", "a Hamas delegation met"); the people of a state body or an
// alliance ("NATO counterparts", "Pentagon officials") name no party, and a refused
// meeting stays none.
func TestGroupDelegates(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"met group officials", "U.S. envoy Zalmay Khalilzad met Taliban officials in Doha on Saturday, the State Department said.", pub,
			[]contactWant{{[]string{"Zalmay Khalilzad", "Taliban"}, "meeting", "held", "2024-03-02", "Saturday"}}},
		{"met a group delegation", "Special envoy Zalmay Khalilzad met a Taliban delegation in Doha on Tuesday.", pub,
			[]contactWant{{[]string{"Zalmay Khalilzad", "Taliban"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"talks with group leaders", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held talks with Hamas leaders in Doha on Monday.", pub,
			[]contactWant{{[]string{"Mohammed bin Abdulrahman Al Thani", "Hamas"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"acronym officials in a relative clause", "Kerry, who met HNC officials on Saturday, said the talks would go ahead.", pub,
			[]contactWant{{[]string{"John Kerry", "High Negotiations Committee"}, "meeting", "held", "2024-03-02", "Saturday"}}},
		{"met a delegation of the group", "NATO Secretary-General Jens Stoltenberg met a delegation of the Syrian Democratic Forces on Monday.", pub,
			[]contactWant{{[]string{"Jens Stoltenberg", "Syrian Democratic Forces"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"representatives of two groups met", "Representatives of Hamas and Fatah met in Beijing on Tuesday.", pub,
			[]contactWant{{[]string{"Hamas", "Fatah"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"received a delegation from the group led by X", "Hezbollah chief Hassan Nasrallah received a delegation from Hamas led by Khalil al-Hayya on Monday.", pub,
			[]contactWant{{[]string{"Hassan Nasrallah", "Khalil al-Hayya"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"a delegation of a state names no party", "Secretary of State Antony Blinken met a delegation of Chinese officials on Monday.", pub, nil},
		{"alliance counterparts are no party", "Secretary of State Antony Blinken met NATO counterparts in Brussels on Tuesday.", pub, nil},
		{"refused to meet group negotiators", "Israeli Prime Minister Benjamin Netanyahu refused to meet Hamas negotiators.", pub, nil},
	})
}

package extract_test

import "testing"

// TestContactDisclosure covers contacts told through what was (not) said about them: "gave
// no details of the talks", "did not give details of X's call with Y", "There was no
// readout of the call": the negation is the telling's, the contact took place, and who
// tells of it is no party. A negated contact itself, or "no information about a meeting",
// stays none.
func TestContactDisclosure(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-14" // a Thursday
	runContactCases(t, x, []contactCase{
		{"no details of the call between", "No details of the call between Putin and Erdogan on Friday were released.", pub,
			[]contactWant{{[]string{"Vladimir Putin", "Recep Tayyip Erdogan"}, "phone", "held", "2024-03-08", "Friday"}}},
		{"gave no details of the talks between", "The Kremlin gave no details of the talks between Putin and Erdogan in Sochi on Monday.", pub,
			[]contactWant{{[]string{"Vladimir Putin", "Recep Tayyip Erdogan"}, "meeting", "held", "2024-03-11", "Monday"}}},
		{"did not give details of X's call with Y", "The White House did not give details of Biden's call with Netanyahu on Sunday.", pub,
			[]contactWant{{[]string{"Joe Biden", "Benjamin Netanyahu"}, "phone", "held", "2024-03-10", "Sunday"}}},
		{"declined to give details of X's meeting with Y", "Kremlin spokesman Dmitry Peskov declined to give details of Putin's meeting with Steve Witkoff on Thursday.", pub,
			[]contactWant{{[]string{"Vladimir Putin", "Steve Witkoff"}, "meeting", "held", "2024-03-14", "Thursday"}}},
		{"no talks between", "There were no talks between Putin and Zelensky on Friday.", pub, nil},
		{"no plans for a meeting between", "Peskov said there were no plans for a meeting between Putin and Zelensky.", pub, nil},
		{"no information about a meeting", "Peskov said he had no information about a meeting between Putin and Trump.", pub, nil},
	})
}

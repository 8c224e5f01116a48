package extract_test

import "testing"

// TestReportedCondition covers a condition or a future inside the words a contact
// carried: "If talks fail, ..., X told Y in a call" and "Aid will flow, X said in a call
// with Y" report a held call; a condition or a future on the contact itself stays.
func TestReportedCondition(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"told in a call", "If talks fail, Washington will impose new sanctions, Secretary of State Antony Blinken told Russian Foreign Minister Sergei Lavrov in a call on Tuesday.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "phone", "held", "2023-03-07", "Tuesday"}}},
		{"unless, warned during talks", "Unless the shelling stops, there will be no deal, Chancellor Olaf Scholz warned Vladimir Putin during talks in Moscow.", "2023-03-08",
			[]contactWant{{[]string{"Olaf Scholz", "Vladimir Putin"}, "meeting", "held", "", ""}}},
		{"said in a phone call with", "If the ceasefire collapses, Israel has the right to respond, Antony Blinken said in a phone call with Israeli Prime Minister Benjamin Netanyahu.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Benjamin Netanyahu"}, "phone", "held", "", ""}}},
		{"a future in the words said", "Aid will flow within days, Antony Blinken said in a phone call with Israeli Prime Minister Benjamin Netanyahu on Monday.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Benjamin Netanyahu"}, "phone", "held", "2023-03-06", "Monday"}}},
		{"will meet stays scheduled", "Antony Blinken will meet Israeli Prime Minister Benjamin Netanyahu on Monday, the State Department said.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Benjamin Netanyahu"}, "meeting", "scheduled", "2023-03-13", "Monday"}}},
		{"said he will meet stays scheduled", "Antony Blinken said he will meet Israeli Prime Minister Benjamin Netanyahu on Monday.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Benjamin Netanyahu"}, "meeting", "scheduled", "2023-03-13", "Monday"}}},
		{"a condition on the meeting stays hypothetical", "If the talks fail, Antony Blinken and Sergei Lavrov would meet again in Geneva.", "2023-03-08", nil},
		{"a condition on what he said he would do", "If Russia agrees, Antony Blinken said he would meet Sergei Lavrov in Geneva.", "2023-03-08", nil},
		{"willing to meet if", "Volodymyr Zelensky is willing to meet Vladimir Putin if Russia pulls back its troops.", "2023-03-08", nil},
	}
	runContactCases(t, x, cases)
}

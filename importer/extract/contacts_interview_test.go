package extract_test

import "testing"

// TestForInterview covers a contact word whose purpose is an interview: the other side is a
// journalist even with no title that says so, so there is no contact; an interview told
// after the contact's clause leaves the contact alone.
func TestForInterview(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"sat down for an interview", "On March 13, Professor Noam Chomsky sat down with Michael Dranove for an interview in his office.", "", nil},
		{"met for an exclusive interview", "Iranian President Masoud Pezeshkian met Tucker Carlson in an exclusive interview in Tehran.", "", nil},
		{"an interview after the meeting", "Secretary of State Antony Blinken met Foreign Minister Wang Yi on Friday, and afterwards Blinken gave an interview to CNN.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Wang Yi"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"talks for an agreement", "Secretary of State Antony Blinken met Foreign Minister Wang Yi for an hour of talks.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Wang Yi"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

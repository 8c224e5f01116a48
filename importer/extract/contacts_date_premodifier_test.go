package extract_test

import "testing"

// TestPremodifiedContactDates: a day in the possessive before a contact noun ("Tuesday's
// call") dates that noun, not a contact word told before it in the clause ("agreed to
// more talks during Tuesday's call": talks ahead with no day, a call held on Tuesday); a
// contact noun that is the occasion of a verb in the past is held, one of a verb ahead is
// not.
func TestPremodifiedContactDates(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"more talks during Tuesday's call", "Trump and Xi agreed to more talks during Tuesday's call, the White House said.", pub,
			[]contactWant{{[]string{"Donald Trump", "Xi Jinping"}, "meeting", "scheduled", "", ""}, {[]string{"Donald Trump", "Xi Jinping"}, "phone", "held", "2024-03-05", "Tuesday"}}},
		{"to meet again after Monday's call", "Prime Minister Keir Starmer and President Emmanuel Macron agreed to meet again after Monday's call.", pub,
			[]contactWant{{[]string{"Keir Starmer", "Emmanuel Macron"}, "meeting", "scheduled", "", ""}, {[]string{"Keir Starmer", "Emmanuel Macron"}, "phone", "held", "2024-03-04", "Monday"}}},
		{"a call ahead keeps its day", "President Lena Ortberg and Prime Minister Alain Duroc will discuss trade during Tuesday's call, aides said.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "phone", "scheduled", "2024-03-12", "Tuesday"}}},
		{"the calendar day of the call", "Chancellor Erik Lund and President Ana Ruiz discussed trade in the March 2 call.", pub,
			[]contactWant{{[]string{"Erik Lund", "Ana Ruiz"}, "phone", "held", "2024-03-02", "March 2"}}},
		{"at the invitation of is no occasion", "President Lena Ortberg arrived in Oslo on Tuesday at the invitation of Prime Minister Alain Duroc. She is expected to meet with Duroc and officials of the election commission before leaving on Friday.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "scheduled", "", ""}}},
	})
}

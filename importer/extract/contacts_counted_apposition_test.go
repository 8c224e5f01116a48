package extract_test

import "testing"

// TestCountedApposition covers an apposition that counts the pair's contacts ("..., their
// second call this month"): it tells the clause's contact again, no second one; and a
// topic after "to discuss" ("the meeting of EU leaders") that is no contact and leaves
// the clause's own call standing.
func TestCountedApposition(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"their second call this month", "Austrian President Anton Velkov and Finnish President Boris Harlan spoke by phone on Monday, their second call this month.", "2026-05-06",
			[]contactWant{{names: []string{"Anton Velkov", "Boris Harlan"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"their first meeting since", "Austrian President Anton Velkov and Finnish President Boris Harlan met in Vienna on Monday, their first meeting since March.", "2026-05-06",
			[]contactWant{{names: []string{"Anton Velkov", "Boris Harlan"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"the third call in a week", "Austrian President Anton Velkov and Finnish President Boris Harlan spoke by phone on Monday, the third such call in a week.", "2026-05-06",
			[]contactWant{{names: []string{"Anton Velkov", "Boris Harlan"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"call to discuss a meeting", "President Anton Velkov of Austria held a phone call with President Boris Harlan of Finland on Monday to discuss the meeting of EU leaders.", "2026-05-06",
			[]contactWant{{names: []string{"Anton Velkov", "Boris Harlan"}, mode: "phone", status: "held", dateText: "Monday"}}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestCalledOffIdioms: a plan its party pulls out of ("pulled out of a planned meeting with
// Y", "backed out of talks with Y") or will no longer keep ("will no longer meet Y") is a
// cancelled contact; "no longer" of a habit, and a pulling out of something else, cancel
// nothing.
func TestCalledOffIdioms(t *testing.T) {
	x := newExtractor(t)
	pub := "2026-03-06" // a Friday
	tusk := []string{"Donald Tusk", "Gitanas Nauseda"}
	runContactCases(t, x, []contactCase{
		{"pulled out of a planned meeting", "Polish Prime Minister Donald Tusk pulled out of a planned meeting with Lithuanian President Gitanas Nauseda on Thursday.", pub,
			[]contactWant{{tusk, "meeting", "cancelled", "2026-03-05", "Thursday"}}},
		{"backed out of talks", "Polish Prime Minister Donald Tusk backed out of talks with Lithuanian President Gitanas Nauseda.", pub,
			[]contactWant{{tusk, "meeting", "cancelled", "", ""}}},
		{"would no longer travel to meet", "Polish Prime Minister Donald Tusk would no longer travel to Vilnius to meet Lithuanian President Gitanas Nauseda next week, his office said.", pub,
			[]contactWant{{tusk, "meeting", "cancelled", "", "next week"}}},
		{"no longer of a habit is none", "Polish Prime Minister Donald Tusk no longer meets Lithuanian President Gitanas Nauseda.", pub, nil},
		{"pulled out of a race before a meeting", "Polish Prime Minister Donald Tusk pulled out of the race. He met Lithuanian President Gitanas Nauseda on Thursday.", pub,
			[]contactWant{{tusk, "meeting", "held", "2026-03-05", "Thursday"}}},
	})
}

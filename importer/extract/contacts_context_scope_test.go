package extract_test

import "testing"

// TestContextOfAnotherPredicate covers a contact with unnamed people told beside a named
// contact: in a relative clause on a party, or negated, it is another occasion (or none)
// and lends the named contact no mode or date; told as that contact's own, it still does.
func TestContextOfAnotherPredicate(t *testing.T) {
	x := newExtractor(t)
	const a, b = "Foreign Minister Marta Kowal", "Finnish Prime Minister Ilkka Rautio"
	told := []struct{ name, text, mode string }{
		{"refused to meet, in a relative clause", a + ", who has refused to meet opposition leaders, spoke with " + b + " on Wednesday.", "unspecified"},
		{"met others last year, in a relative clause", a + ", who met opposition leaders last year, spoke with " + b + " on Wednesday.", "unspecified"},
		{"refused to meet, the sentence before", a + " has refused to meet opposition leaders. She spoke with " + b + " on Wednesday.", "unspecified"},
		{"did not meet, the sentence before", a + " did not meet the protest leaders. She spoke with " + b + " on Wednesday.", "unspecified"},
		{"held calls with leaders, then named", a + " held calls with several European leaders on Wednesday. She spoke first with " + b + ".", "phone"},
	}
	var cases []contactCase
	for _, c := range told {
		want := contactWant{names: []string{"Marta Kowal", "Ilkka Rautio"}, mode: c.mode, status: "held", date: "2026-12-09", dateText: "Wednesday"}
		cases = append(cases, contactCase{c.name, c.text, "2026-12-10", []contactWant{want}})
	}
	runContactCases(t, x, cases)
}

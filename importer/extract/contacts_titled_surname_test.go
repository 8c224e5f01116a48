package extract_test

import "testing"

// TestTitledSurname covers a surname after an office ("President Kennedy") when the
// article named another person of that surname before: the one well-known holder of the
// office is meant, not the relative named first; an office told after the name ("Taylor,
// president of a firm") or the same person again keeps the article's person.
func TestTitledSurname(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"a brother named first", "He sent his brother, Attorney General Robert Kennedy, to Ivory Coast. President Kennedy conferred with Nationalist China's Vice President Chen Cheng on Tuesday.", "",
			[]contactWant{{names: []string{"John F. Kennedy", "Chen Cheng"}, mode: "unspecified", status: "held"}}},
		{"a son named first", "Hunter Biden flew to Kyiv on Monday. President Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Tuesday.", "",
			[]contactWant{{names: []string{"Joe Biden", "Volodymyr Zelensky"}, mode: "phone", status: "held"}}},
		{"the same person again", "U.S. President Joe Biden arrived in Kyiv on Monday. President Biden met Ukrainian President Volodymyr Zelensky on Tuesday.", "",
			[]contactWant{{names: []string{"Joe Biden", "Volodymyr Zelensky"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestBetweenOnly covers a contact noun with "between": the persons after "between" are
// all its parties, so the subject of the clause the noun opens takes no part ("After a
// meeting between the President and his aides, the Pentagon reacted"), and a building
// before the noun is no party ("a State House meeting").
func TestBetweenOnly(t *testing.T) {
	x := newExtractor(t)
	const back = "Kenyan President William Ruto returned to Nairobi on Sunday. "
	cases := []contactCase{
		{"the main clause's subject", back + "After a meeting between the President and his top aides on Monday, Tanzanian Foreign Minister Mahmoud Thabit Kombo said he was worried.", "", nil},
		{"a building before the noun", back + "After a State House huddle between the President and top lieutenants, the Defence Ministry reacted sharply.", "", nil},
		{"two named parties", back + "After a meeting between the President and Tanzanian President Samia Suluhu Hassan, the Defence Ministry reacted sharply.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

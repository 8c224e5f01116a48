package extract_test

import "testing"

// TestNameMet covers names no list knows that a contact verb vouches for, as a speech verb
// does, and the objects of contact verbs that are no persons.
func TestNameMet(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"before and after met", "On Tuesday, Ondrej Kralik met Tiémoko Meyliet Koné in Abidjan. Kralik, the Czech ambassador, said the talks were useful.", "",
			[]contactWant{{names: []string{"Ondrej Kralik", "Tiémoko Meyliet Koné"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"spoke with by phone", "Foreign Minister Ana Kovac spoke with Bakary Traoré by phone on Friday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Bakary Traoré"}, mode: "phone", status: "held", dateText: "Friday"}}},
		{"an organization's people", "Foreign Minister Ana Kovac met Goldman Sachs executives in Abidjan.", "", nil},
		{"a business's people from it", "Foreign Minister Ana Kovac met with executives from Morgan Fairbanks in Abidjan.", "", nil},
		{"a name given", "Foreign Minister Ana Kovac spoke at a forum called Green Horizon Dialogue on Friday.", "", nil},
		{"a place visited", "Foreign Minister Ana Kovac visited Kunashir Island on Friday.", "", nil},
	}
	runContactCases(t, x, cases)
}

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
		{"the agent of a passive host", "Foreign Minister Ana Kovac arrived in Pretoria on Friday. She was hosted by Tshilidzi Ndlovu at the Union Buildings.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Tshilidzi Ndlovu"}, mode: "meeting", status: "held"}}},
		{"the agent of a passive greeting", "Foreign Minister Ana Kovac landed in Tashkent on Friday. The minister was greeted by Ravshan Tursunov at the airport.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Ravshan Tursunov"}, mode: "meeting", status: "held"}}},
		{"a passive host that is a venue", "Foreign Minister Ana Kovac arrived in Perth on Friday. The forum was hosted by Westfield Mall.", "", nil},
		{"a passive host that is a broadcaster", "Foreign Minister Ana Kovac arrived in Doha on Friday. The debate was hosted by Al Jazeera.", "", nil},
		{"a passive host that is a city", "Foreign Minister Ana Kovac arrived in the Gulf on Friday. The forum was hosted by Abu Dhabi.", "", nil},
		{"an agent of no contact verb", "Foreign Minister Ana Kovac arrived in Lagos on Friday. The trip was arranged by Oyelaran Adebisi.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestDateOfTheContactNoun checks dates told on the contact noun rather than next to the
// contact's verb: in a relative clause that opens right after the noun, and in a fronted
// "In a phone call on Monday" whose people are the main clause's subject; and a month that
// opens the sentence ("In December, X and Y met"); and days counted from the day told
// before (rule date.from-day: "Later that day", "The previous day"). Texts open with
// an unrelated sentence so that the lead's day (rule date.story) plays no part.
func TestDateOfTheContactNoun(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	const opening = "Grain prices rose again in Europe this year.\n\nShips wait in port.\n\nFarmers protest.\n\nExports doubled.\n\nThe tariffs stay.\n\n"
	kn := []string{"Ana Kovac", "Karl Nehammer"}
	runContactCases(t, x, []contactCase{
		{"a relative clause on the call dates it",
			opening + "Foreign Minister Ana Kovac spoke with Austrian Chancellor Karl Nehammer by phone. The call, which took place on Tuesday, lasted an hour.", thu,
			[]contactWant{{kn, "phone", "held", "2024-03-12", "Tuesday"}}},
		{"a relative clause on the talks dates them",
			opening + "Foreign Minister Ana Kovac held talks with Austrian Chancellor Karl Nehammer. The talks, which were held in Vienna on Monday, focused on trade.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-11", "Monday"}}},
		{"a relative clause on a person dates another event",
			opening + "Foreign Minister Ana Kovac met Austrian Chancellor Karl Nehammer, who arrived in Budapest on Monday.", thu,
			[]contactWant{{kn, "meeting", "held", "", ""}}},
		{"a month opening the sentence",
			opening + "In December, Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer met in Vienna.", thu,
			[]contactWant{{kn, "meeting", "held", "2023-12", "December"}}},
		{"later that day counts from the day told before",
			opening + "Foreign Minister Ana Kovac arrived in Vienna on Tuesday. Later that day, she met Austrian Chancellor Karl Nehammer.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-12", "Later that day"}}},
		{"the previous day counts back",
			opening + "Foreign Minister Ana Kovac flew home on Tuesday. The previous day, she had met Austrian Chancellor Karl Nehammer.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-11", "The previous day"}}},
		{"on the same day counts from the day told before, not the last contact",
			opening + "Foreign Minister Ana Kovac spoke with Czech President Petr Pavel on Monday. She landed in Vienna on Wednesday. On the same day, she held talks with Austrian Chancellor Karl Nehammer.", thu,
			[]contactWant{{[]string{"Ana Kovac", "Petr Pavel"}, "unspecified", "held", "2024-03-11", "Monday"}, {kn, "meeting", "held", "2024-03-13", "the same day"}}},
		{"the next day with no day told before stays words",
			opening + "The next day, Foreign Minister Ana Kovac met Austrian Chancellor Karl Nehammer.", thu,
			[]contactWant{{kn, "meeting", "held", "", "The next day"}}},
		{"today's talks do not date a contact told as earlier",
			opening + "Foreign Minister Ana Kovac had earlier met Austrian Chancellor Karl Nehammer. A spokesman said today's talks had been at Kovac's request.", thu,
			[]contactWant{{kn, "meeting", "held", "", ""}}},
		{"today's talks date a contact told plainly",
			opening + "Foreign Minister Ana Kovac met Austrian Chancellor Karl Nehammer. A spokesman said today's talks had been at Kovac's request.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-14", "today"}}},
		{"a fronted call with an apposition between",
			opening + "In a phone call on Monday, the first since their meeting in January, Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer discussed energy.", thu,
			[]contactWant{{kn, "phone", "held", "2024-03-11", "Monday"}}},
	})
}

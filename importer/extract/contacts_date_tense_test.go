package extract_test

import "testing"

// TestDateTense checks the side of publication a weekday is counted on: before it for a
// held contact, after it for a plan told in the future, from the day before it (rule
// date.arranged) for a plan told in the past tense or a contact told in the present with
// no word of status, and the nearest such day (rule date.nearest) for a cancelled contact.
// The articles are of Thursday 2024-03-14.
func TestDateTense(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	kn := []string{"Ana Kovac", "Karl Nehammer"}
	runContactCases(t, x, []contactCase{
		{"held: the day before",
			"Foreign Minister Ana Kovac met Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-13", "Wednesday"}}},
		{"a plan in the future tense: the next such day",
			"Foreign Minister Ana Kovac will meet Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"a plan in the present tense: the next such day",
			"Foreign Minister Ana Kovac is scheduled to meet Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"were due to: the day may have passed",
			"Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer were due to hold talks in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-13", "Wednesday"}}},
		{"was scheduled to: the day may have passed",
			"Foreign Minister Ana Kovac was scheduled to meet Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-13", "Wednesday"}}},
		{"had been expected to: a day ahead stays ahead",
			"Foreign Minister Ana Kovac had been expected to meet Austrian Chancellor Karl Nehammer in Vienna on Friday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-15", "Friday"}}},
		{"was to meet",
			"Foreign Minister Ana Kovac was to meet Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-13", "Wednesday"}}},
		{"the future of a past saying",
			"Foreign Minister Ana Kovac said on Monday that she would meet Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-13", "Wednesday"}}},
		{"a past word of another clause does not make the plan past",
			"Foreign Minister Ana Kovac, who was in Prague last month, will meet Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"the purpose of a past trip",
			"Foreign Minister Ana Kovac flew to Vienna on Wednesday to meet Austrian Chancellor Karl Nehammer.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-13", "Wednesday"}}}, // a journey told as made met its purpose
		{"the purpose of a trip under way: the next such day",
			"Foreign Minister Ana Kovac is travelling to Vienna to meet Austrian Chancellor Karl Nehammer on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"the purpose of a future trip: the next such day",
			"Foreign Minister Ana Kovac will fly to Vienna to meet Austrian Chancellor Karl Nehammer on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"an agreement to meet is a plan ahead",
			"Foreign Minister Ana Kovac agreed to meet Austrian Chancellor Karl Nehammer on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"the present tense: the day ahead is scheduled (contact.present-ahead)",
			"Foreign Minister Ana Kovac meets Austrian Chancellor Karl Nehammer in Vienna on Saturday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-16", "Saturday"}}},
		{"the present tense: the day before publication",
			"Foreign Minister Ana Kovac holds talks with Austrian Chancellor Karl Nehammer in Vienna on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-13", "Wednesday"}}},
		{"the present tense: two days back is next week's, and scheduled",
			"Foreign Minister Ana Kovac holds talks with Austrian Chancellor Karl Nehammer in Vienna on Tuesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-19", "Tuesday"}}},
		{"was expected to: a day four days ahead is still ahead",
			"Foreign Minister Ana Kovac was expected to meet Austrian Chancellor Karl Nehammer in Vienna on Monday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-18", "Monday"}}},
		{"the talks as a noun keep the past count",
			"The talks between Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer on Saturday went well.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-09", "Saturday"}}},
		{"agreed in talks: the talks were held",
			"Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer agreed Wednesday in talks in Vienna to build a pipeline.", thu,
			[]contactWant{{kn, "meeting", "held", "2024-03-13", "Wednesday"}}},
		{"agreed a meeting: a plan",
			"Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer agreed a meeting on Wednesday.", thu,
			[]contactWant{{kn, "meeting", "scheduled", "2024-03-20", "Wednesday"}}},
		{"called off before its day",
			"The meeting between Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer set for Friday was cancelled.", thu,
			[]contactWant{{kn, "meeting", "cancelled", "2024-03-15", "Friday"}}},
		{"called off after its day",
			"Talks between Foreign Minister Ana Kovac and Austrian Chancellor Karl Nehammer on Wednesday were postponed.", thu,
			[]contactWant{{kn, "meeting", "cancelled", "2024-03-13", "Wednesday"}}},
	})
}

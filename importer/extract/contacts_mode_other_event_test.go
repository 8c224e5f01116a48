package extract_test

import "testing"

// TestModeOfAnotherEvent covers a medium told after a word that opens another event ("a
// day after", "before", "ahead of", "after"): it is that event's, not the contact's; a
// medium after a dashed aside that holds such a word is the contact's; talks told ahead
// after a contact lend it no medium.
func TestModeOfAnotherEvent(t *testing.T) {
	x := newExtractor(t)
	fi := []string{"Alexander Stubb", "Ulf Kristersson"}
	const a, b = "Finnish President Alexander Stubb", "Swedish Prime Minister Ulf Kristersson"
	cases := []contactCase{
		{"met a day after a video address", a + " met " + b + " in Helsinki on Tuesday, a day after a video address to lawmakers.", "2026-12-09",
			[]contactWant{{names: fi, mode: "meeting", status: "held", date: "2026-12-08", dateText: "Tuesday"}}},
		{"will meet after a video address", a + " will meet " + b + " in Helsinki on Friday, after a video address to lawmakers.", "2026-12-09",
			[]contactWant{{names: fi, mode: "meeting", status: "scheduled", date: "2026-12-11", dateText: "Friday"}}},
		{"met ahead of a video summit", a + " met " + b + " in Helsinki on Tuesday ahead of a video summit of Nordic leaders.", "2026-12-09",
			[]contactWant{{names: fi, mode: "meeting", status: "held", date: "2026-12-08", dateText: "Tuesday"}}},
		{"talked by phone before a visit", a + " talked with " + b + " by phone on Tuesday before a visit to Oslo.", "2026-12-09",
			[]contactWant{{names: fi, mode: "phone", status: "held", date: "2026-12-08", dateText: "Tuesday"}}},
		{"by telephone after a dashed aside", a + " spoke to " + b + " - the first such contact since talks broke down in 2019 - by telephone on Tuesday and offered help.", "2026-12-09",
			[]contactWant{{names: fi, mode: "phone", status: "held", date: "2026-12-08", dateText: "Tuesday"}}},
		{"on the telephone after a dashed aside", a + " spoke to " + b + " - the first such contact since talks broke down in 2019 - on the telephone and offered help.", "2026-12-09",
			[]contactWant{{names: fi, mode: "phone", status: "held"}}},
		{"talks ahead quoted after an unnamed medium", a + " had spoken to " + b + " to welcome the plan. \"Talks will resume when the time is right,\" an aide said.", "2026-12-09",
			[]contactWant{{names: fi, mode: "unspecified", status: "held"}}},
		{"talks ahead after a meeting", a + " met " + b + " in Helsinki on Tuesday. Talks could continue next month, an aide said.", "2026-12-09",
			[]contactWant{{names: fi, mode: "meeting", status: "held", date: "2026-12-08", dateText: "Tuesday"}}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestSinceEarlierContact covers a negated contact counted from an earlier one ("has not
// spoken to X since the call"): the earlier contact was held, the negated one is none; and a
// "since" closed by a date of its own before the contact's day ("met Y for the first time
// since 2021 on Monday" is Monday's meeting).
func TestSinceEarlierContact(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"since the call the two held", "Donald Trump said he had not spoken to Vladimir Putin since the call the two men held earlier this month.", "2025-03-20",
			[]contactWant{{[]string{"Donald Trump", "Vladimir Putin"}, "phone", "held", "2025-03", ""}}},
		{"since their call", "Olaf Scholz has not spoken to Xi Jinping since their call in April.", "2023-06-02",
			[]contactWant{{[]string{"Olaf Scholz", "Xi Jinping"}, "phone", "held", "2023-04", ""}}},
		{"since the summit", "Joe Biden has not met Xi Jinping since the summit in Bali.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "meeting", "held", "", ""}}},
		{"since a month is no contact", "Olaf Scholz has not spoken to Xi Jinping since April.", "", nil},
		{"since the invasion is no contact", "Olaf Scholz has not spoken to Vladimir Putin since the invasion.", "", nil},
		{"since a year then on a weekday", "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan for the first time since 2022 on Monday.", "2024-03-06",
			[]contactWant{{[]string{"William Ruto", "Samia Suluhu Hassan"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"since a month then on a weekday", "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan for the first time since May 2022 on Monday.", "2024-03-06",
			[]contactWant{{[]string{"William Ruto", "Samia Suluhu Hassan"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"since an event on a day keeps the day to it", "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan for the first time since the border clash on May 3.", "2024-03-06",
			[]contactWant{{[]string{"William Ruto", "Samia Suluhu Hassan"}, "meeting", "held", "", ""}}},
	}
	runContactCases(t, x, cases)
}

// TestOccasionAndAttendance covers a contact dated by "when they met" (one meeting, not
// two contacts) and a person who only attended an event (no contact).
func TestOccasionAndAttendance(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"discussed when they met", "Joe Biden and Xi Jinping discussed Taiwan when they met in November.", "2024-01-10",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "meeting", "held", "2023-11", ""}}},
		{"spoke when they met keeps one contact", "Joe Biden spoke with Xi Jinping about fentanyl when they met in Woodside on Wednesday.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "meeting", "held", "", "Wednesday"}}},
		{"the two agreed to meet after a call", "Joe Biden spoke with Xi Jinping by phone on Tuesday and the two agreed to meet in person next month.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "phone", "held", "", "Tuesday"}, {[]string{"Joe Biden", "Xi Jinping"}, "meeting", "scheduled", "", "next month"}}},
		{"discussed and they agreed to meet", "Joe Biden and Xi Jinping discussed Taiwan and they agreed to meet in November.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "unspecified", "held", "", ""}, {[]string{"Joe Biden", "Xi Jinping"}, "meeting", "scheduled", "", "November"}}},
		{"they spoke in a when clause adds nothing", "Joe Biden and Xi Jinping held a call on Tuesday, when they spoke for two hours.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "phone", "held", "", "Tuesday"}}},
		{"attended a summit hosted by another", "Narendra Modi attended the G20 summit hosted by Joe Biden.", "", nil},
		{"attending a summit with a named meeting", "Narendra Modi, attending the G20 summit, met Joe Biden on Sunday.", "",
			[]contactWant{{[]string{"Narendra Modi", "Joe Biden"}, "meeting", "held", "", "Sunday"}}},
	}
	runContactCases(t, x, cases)
}

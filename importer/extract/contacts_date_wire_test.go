package extract_test

import "testing"

// TestDateWireIdioms dates contacts told in the shorthand of wire copy and briefs and in
// the newsroom's words for parts of days and weeks. The texts are made up; the articles
// are of Thursday 2024-03-14 unless a case says otherwise.
func TestDateWireIdioms(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	kn := []string{"Lena Varga", "Tomas Reyes"}
	const lv, tr = "Foreign Minister Lena Varga", "Chilean Foreign Minister Tomas Reyes"
	runDateCases(t, x, []dateCase{
		// short weekdays
		{"a short weekday after on", lv + " met " + tr + " in Santiago on Tues.", thu, kn, "2024-03-12", "Tues"},
		{"a short weekday with its dot before an attribution", lv + " met " + tr + " in Santiago Tues., officials said.", thu, kn, "2024-03-12", "Tues"},
		{"a short weekday after a surname", lv + " met " + tr + " Thurs. at the foreign ministry.", thu, kn, "2024-03-14", "Thurs"},
		{"a three-letter weekday after on", lv + " spoke by phone with " + tr + " on Wed., the ministry said.", thu, kn, "2024-03-13", "Wed"},
		{"a short weekday ahead", lv + " will meet " + tr + " in Santiago on Sun.", thu, kn, "2024-03-17", "Sun"},
		{"last and a short weekday", lv + " met " + tr + " last Thurs. in Santiago.", thu, kn, "2024-03-07", "last Thurs"},
		{"a short weekday without its dot", lv + " met " + tr + " in Santiago on Tues and left on Wed.", thu, kn, "2024-03-12", "Tues"},
		{"a short weekday before its date", lv + " met " + tr + " on Tues., March 12, in Santiago.", thu, kn, "2024-03-12", "March 12"},
		// parts of days
		{"overnight is the night before publication", lv + " spoke by phone with " + tr + " overnight.", thu, kn, "2024-03-13", "overnight"},
		{"overnight before the other party", lv + " spoke overnight with " + tr + ", officials said.", thu, kn, "2024-03-13", "overnight"},
		{"overnight talks name no night", lv + " held overnight talks with " + tr + ".", thu, kn, "", ""},
		{"hours later is the day told before", lv + " met Austrian Chancellor Karl Nehammer on Monday. Hours later, Varga spoke by phone with " + tr + ".", thu, kn, "2024-03-11", "Hours later"},
		{"a weekday's night capitalised", lv + " met " + tr + " on Saturday Night in Santiago.", thu, kn, "2024-03-09", "Saturday"},
		{"a month modifying the meeting", lv + " met " + tr + " at a June summit in Lima.", "2024-07-10", kn, "2024-06", "June"},
		{"a month modifying a later plan", lv + " will meet " + tr + " at their September meeting in Lima.", "2024-07-10", kn, "2024-09", "September"},
		// fixed-day holidays
		{"Christmas Day in the days after", lv + " spoke by phone with " + tr + " on Christmas Day.", "2024-12-27", kn, "2024-12-25", "Christmas Day"},
		{"New Year's Eve in the new year", lv + " spoke by phone with " + tr + " on New Year's Eve.", "2025-01-02", kn, "2024-12-31", "New Year's Eve"},
		{"a holiday ahead", lv + " will meet " + tr + " on Boxing Day.", "2024-12-20", kn, "2024-12-26", "Boxing Day"},
		// parts of days and weeks, and the guidelines' conventions
		{"late on a weekday", lv + " met " + tr + " late Monday.", thu, kn, "2024-03-11", "Monday"},
		{"a weekday's night", lv + " met " + tr + " Monday night.", thu, kn, "2024-03-11", "Monday"},
		{"early on a weekday", lv + " met " + tr + " early on Wednesday.", thu, kn, "2024-03-13", "Wednesday"},
		{"a weekday in local time", lv + " met " + tr + " on Tuesday local time.", thu, kn, "2024-03-12", "Tuesday"},
		{"at the weekend keeps its words", lv + " met " + tr + " at the weekend.", thu, kn, "", "at the weekend"},
		{"earlier this week keeps its words", lv + " met " + tr + " earlier this week.", thu, kn, "", "earlier this week"},
		{"earlier this month is the month", lv + " met " + tr + " earlier this month.", thu, kn, "2024-03", "earlier this month"},
		{"last Tuesday in a Wednesday paper is the day before", lv + " met " + tr + " last Tuesday.", "2024-03-13", kn, "2024-03-12", "last Tuesday"},
		{"a weekday without publication keeps its words", lv + " met " + tr + " on Monday.", "", kn, "", "Monday"},
		{"overnight without publication keeps its words", lv + " spoke by phone with " + tr + " overnight.", "", kn, "", "overnight"},
		// two predicates, two dates: the one on the contact's own predicate
		{"a journey's day before a participle of meeting", lv + " will travel to Rome on Friday, days after meeting " + tr + " on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a journey's day before talks held", lv + " flew home on Wednesday after holding talks with " + tr + " in Santiago on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a return's day before a clause of meeting", lv + " returned to Budapest on Wednesday, a day after she met " + tr + " on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a departure's day before a perfect participle", lv + " left Santiago on Wednesday, having met " + tr + " on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"an arrival's day in a relative clause", lv + ", who landed on Sunday, spoke with " + tr + " on Monday.", thu, kn, "2024-03-11", "Monday"},
		{"a signing's day before a call told after", lv + " signed the accord on Wednesday after she had phoned " + tr + " on Monday.", thu, kn, "2024-03-11", "Monday"},
		// a span counted from the day told before, not from the day of its telling
		{"a day after counts from the call, not the saying", lv + " spoke by phone with Austrian Chancellor Karl Nehammer on Tuesday, her office said on Wednesday.\n\nThe call came a day after Varga met " + tr + " in Santiago.", thu, kn, "2024-03-11", "a day after"},
		{"the next day counts from the saying told alone", lv + " said on Tuesday she would fly to Santiago.\n\nThe next day, she met " + tr + ".", thu, kn, "2024-03-13", "The next day"},
		{"earlier in the day counts from no day after since", lv + " met Austrian Chancellor Karl Nehammer in Vienna on Monday.\n\nVarga, on her ninth trip abroad since October 7, also met " + tr + " earlier in the day.", thu, kn, "2024-03-11", "earlier in the day"},
		{"later in the evening is the day told before", lv + " arrived in Santiago on Monday.\n\nLater in the evening, she met " + tr + ".", thu, kn, "2024-03-11", "Later in the evening"},
		{"the day prior counts back from the day told before", lv + " flew home on Tuesday.\n\nShe had met " + tr + " the day prior.", thu, kn, "2024-03-11", "the day prior"},
		{"days prior to a dated event", lv + " met " + tr + " two days prior to the vote on Sunday.", thu, kn, "2024-03-08", "two days prior to"},
		// a year alone: no date, the words kept
		{"a year alone after the contact", lv + " first met " + tr + " in 2019.", thu, kn, "", "2019"},
		{"a year alone without publication", lv + " first met " + tr + " in 2019.", "", kn, "", "2019"},
		{"part of a year", lv + " met " + tr + " in Santiago in late 2022.", thu, kn, "", "late 2022"},
		{"last year", lv + " met " + tr + " last year.", thu, kn, "", "last year"},
		{"a fronted year", "In 2021, " + lv + " held talks with " + tr + " in Santiago.", thu, kn, "", "2021"},
		{"a year of another doing after the contact", lv + " met " + tr + " to discuss the accord signed in 2019.", thu, kn, "", ""},
		{"a year in commas of another doing", lv + ", elected in 2022, met " + tr + " in Santiago.", thu, kn, "", ""},
		{"a span from an undated event keeps its words", lv + " met " + tr + " a day after the vote.", thu, kn, "", "a day after"},
		{"a fronted span from an undated event keeps its words", "A week after the election, " + lv + " met " + tr + ".", thu, kn, "", "A week after"},
		{"a day beats a span from an undated event", lv + " met " + tr + " on Tuesday, a day after the vote.", thu, kn, "2024-03-12", "Tuesday"},
		{"a day beats a year", lv + " met " + tr + " on Monday, their first meeting since talks in 2019.", thu, kn, "2024-03-11", "Monday"},
		{"the lead's day beats a year further down", lv + " flew to Santiago on Monday.\n\n" + lv + ", elected in 2022, met " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"an abbreviated month", lv + " met " + tr + " in Santiago on Sept. 12.", "2024-09-20", kn, "2024-09-12", "Sept. 12"},
	})
}

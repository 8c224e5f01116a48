package extract_test

import "testing"

// TestContactDateIdioms dates contacts told in the idioms of wire copy and news sites,
// with the lead's day of another event told first where it must not stand in for the
// contact's own day: calendar dates in their spellings, weekdays and words counted from
// publication, days counted from another event, background contacts, a second contact on
// another day, datelines, time zones and old wire stories. The articles are of Wednesday
// 2025-03-05 unless a case says otherwise.
func TestContactDateIdioms(t *testing.T) {
	x := newExtractor(t)
	const wed = "2025-03-05"
	const opening = "Fish stocks in the North Sea fell again this year.\n\nTrawlers stay in port.\n\nPrices rose.\n\n"
	// lead tells another event of Monday 2025-03-03: the story's day is not every contact's.
	const lead = "Norway and Indonesia signed a fisheries accord in Oslo on Monday.\n\nThe accord caps catches for five years.\n\n"
	ds := []string{"Lena Dahl", "Budi Santoso"}
	dr := []string{"Lena Dahl", "Pablo Rojas"}
	const d, s, r = "Norwegian Foreign Minister Lena Dahl", "Indonesian Foreign Minister Budi Santoso", "Chilean President Pablo Rojas"
	runDateCases(t, x, []dateCase{
		// calendar dates
		{"on a month and day", opening + d + " met " + s + " in Oslo on March 3.", wed, ds, "2025-03-03", "March 3"},
		{"on a day and month", opening + d + " met " + s + " in Oslo on 3 March.", wed, ds, "2025-03-03", "3 March"},
		{"an ordinal month day fronted", opening + "On March 3rd, " + d + " held talks with " + s + ".", wed, ds, "2025-03-03", "March 3rd"},
		{"a weekday and its month day", opening + d + " met " + s + " on Monday, March 3, in Oslo.", wed, ds, "2025-03-03", "March 3"},
		{"the ordinal of the month alone", opening + d + " met " + s + " on the 3rd.", wed, ds, "2025-03-03", "the 3rd"},
		{"the ordinal of the month before", opening + d + " met " + s + " on the 27th.", wed, ds, "2025-02-27", "the 27th"},
		{"the ordinal of the month ahead", opening + d + " will meet " + s + " on the 12th.", wed, ds, "2025-03-12", "the 12th"},
		{"a calendar date of last month", opening + d + " spoke with " + s + " by phone on 25 February.", wed, ds, "2025-02-25", "25 February"},
		{"a calendar date with the abbreviated month", opening + d + " spoke with " + s + " by phone on Feb. 25.", wed, ds, "2025-02-25", "Feb. 25"},
		{"a calendar date of last year", opening + d + " met " + s + " on December 12.", wed, ds, "2024-12-12", "December 12"},
		// weekdays and words counted from publication
		{"a weekday before publication", opening + d + " met " + s + " on Monday.", wed, ds, "2025-03-03", "Monday"},
		{"a weekday after publication planned", opening + d + " will meet " + s + " on Friday.", wed, ds, "2025-03-07", "Friday"},
		{"a weekday after publication told as held", opening + d + " met " + s + " on Friday.", wed, ds, "2025-02-28", "Friday"},
		{"yesterday", opening + d + " met " + s + " yesterday.", wed, ds, "2025-03-04", "yesterday"},
		{"fronted yesterday", opening + "Yesterday, " + d + " held talks with " + s + ".", wed, ds, "2025-03-04", "Yesterday"},
		{"last night", opening + d + " telephoned " + s + " last night.", wed, ds, "2025-03-04", "last night"},
		{"a weekday night", opening + d + " met " + s + " for dinner on Monday night.", wed, ds, "2025-03-03", "Monday"},
		{"earlier today", opening + d + " met " + s + " earlier today.", wed, ds, "2025-03-05", "today"},
		{"last week stays words", opening + d + " met " + s + " last week.", wed, ds, "", "last week"},
		{"earlier this month is the month", opening + d + " met " + s + " earlier this month.", wed, ds, "2025-03", "earlier this month"},
		{"the day before yesterday", opening + d + " met " + s + " the day before yesterday.", wed, ds, "2025-03-03", "the day before yesterday"},
		{"last weekday", opening + d + " spoke with " + s + " last Thursday.", wed, ds, "2025-02-27", "last Thursday"},
		// days counted from another day
		{"a day after another event dated after it", opening + d + " met " + s + " in Jakarta a day after the election on Sunday.", wed, ds, "2025-03-03", "a day after"},
		{"a weekday and a day after an undated event", opening + d + " met " + s + " on Tuesday, a day after she arrived in Jakarta.", wed, ds, "2025-03-04", "Tuesday"},
		{"the previous day", opening + d + " arrived in Jakarta on Tuesday. She had spoken with " + s + " by phone the previous day.", wed, ds, "2025-03-03", "the previous day"},
		{"two days earlier", opening + d + " signed the accord on Tuesday. She had met " + s + " in Bali two days earlier.", wed, ds, "2025-03-02", "two days earlier"},
		{"the next day", opening + d + " arrived in Jakarta on Monday. The next day, she met " + s + ".", wed, ds, "2025-03-04", "The next day"},
		{"the eve of a summit dated after it", opening + d + " met " + s + " on the eve of the summit on Thursday.", wed, ds, "2025-03-05", "on the eve of"},
		{"the eve of a weekday's summit planned", opening + d + " will meet " + s + " on the eve of Friday's summit.", wed, ds, "2025-03-06", "on the eve of"},
		// background contacts
		{"the lead's contact beside a background meeting", d + " met " + s + " in Oslo on Monday.\n\nThe two last met in Bali in November 2022.", wed, ds, "2025-03-03", "Monday"},
		{"a background meeting of another pair", d + " met " + s + " in Oslo on Monday.\n\nDahl last met " + r + " in Bali in November 2022.", wed, dr, "2022-11", "November 2022"},
		{"a background call on a calendar date", d + " met " + s + " in Oslo on Monday.\n\nDahl last spoke to " + r + " on 12 January, when they discussed fishing quotas.", wed, dr, "2025-01-12", "12 January"},
		{"when they spoke on a calendar date", d + " met " + s + " in Oslo on Monday.\n\nIt was her first contact with Rojas since January, when Dahl spoke with " + r + " on 12 January.", wed, dr, "2025-01-12", "12 January"},
		// a second contact on another day
		{"a second contact on a weekday", d + " met " + s + " in Oslo on Monday.\n\nOn Tuesday, Dahl spoke by phone with " + r + ".", wed, dr, "2025-03-04", "Tuesday"},
		{"a second contact yesterday", d + " met " + s + " in Oslo on Monday.\n\nYesterday, Dahl spoke by phone with " + r + ".", wed, dr, "2025-03-04", "Yesterday"},
		{"a second contact on a calendar date", d + " met " + s + " in Oslo on Monday.\n\nDahl had spoken by phone with " + r + " on 24 February.", wed, dr, "2025-02-24", "24 February"},
		{"the first contact beside a second on another day", d + " met " + s + " in Oslo on Monday.\n\nOn Tuesday, Dahl spoke by phone with " + r + ".", wed, ds, "2025-03-03", "Monday"},
		// the lead's day of another event and a contact of its own day further down
		{"a calendar date far from the lead's day", lead + d + " met " + s + " in Jakarta on 20 February to prepare the accord.", wed, ds, "2025-02-20", "20 February"},
		{"a fronted calendar date far from the lead's day", lead + "On 20 February, " + d + " held talks with " + s + " in Jakarta.", wed, ds, "2025-02-20", "20 February"},
		{"days ago far from the lead's day", lead + d + " met " + s + " in Jakarta ten days ago.", wed, ds, "2025-02-23", "ten days ago"},
		{"a meeting held on a date in an apposition", lead + "The meeting between " + d + " and " + s + ", held on 20 February, prepared the accord.", wed, ds, "2025-02-20", "20 February"},
		{"the lead's undated contact takes the lead's day", "Norway and Indonesia signed a fisheries accord in Oslo on Monday after " + d + " met " + s + ".", wed, ds, "2025-03-03", "Monday"},
		{"yesterday far down in a story of Monday", lead + "Yesterday, " + d + " phoned " + s + " to thank him.", wed, ds, "2025-03-04", "Yesterday"},
		// the date in the sentence before or after
		{"the meeting's calendar date in the next sentence", opening + d + " met " + s + " in Jakarta.\n\nThe meeting took place on 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"the talks held on a date in the next sentence", opening + d + " held talks with " + s + " in Jakarta. The talks were held on Monday.", wed, ds, "2025-03-03", "Monday"},
		{"a journey on a calendar date in the sentence before", opening + d + " arrived in Jakarta on 20 February. She met " + s + " at the foreign ministry.", wed, ds, "2025-02-20", "20 February"},
		{"a date of another person's journey the sentence before", opening + r + " arrived in Jakarta on 20 February. " + d + " met " + s + ".", wed, ds, "", ""},
		// dates of other events in the sentence
		{"ahead of a weekday's election", opening + d + " spoke with " + s + " by phone ahead of Sunday's election.", wed, ds, "", ""},
		{"a weekday ahead of a weekday's election", opening + d + " spoke with " + s + " by phone on Monday ahead of Sunday's election.", wed, ds, "2025-03-03", "Monday"},
		{"a week before an election dated after it", opening + d + " met " + s + " a week before the vote on March 9.", wed, ds, "2025-03-02", "a week before"},
		{"an agreement's date", opening + d + " met " + s + " to review the accord signed on 3 January.", wed, ds, "", ""},
		{"an arrival's date in a relative clause", opening + d + ", who arrived in Jakarta on Monday, met " + s + ".", wed, ds, "", ""},
		// datelines
		{"a wire dateline of the publication day", "OSLO, March 5 (Reuters) - " + d + " met " + s + " on Monday.", wed, ds, "2025-03-03", "Monday"},
		{"a wire dateline with its year and no publication date", "OSLO, March 5, 2025 (Reuters) - " + d + " met " + s + " on Monday.", "", ds, "2025-03-03", "Monday"},
		{"a wire dateline without a year and no publication date", "OSLO, March 5 (Reuters) - " + d + " met " + s + " on Monday.", "", ds, "", "Monday"},
		{"an agency dateline and here", "BEIJING, March 5 (Xinhua) -- Chinese President Xi Jinping met " + s + " here on Wednesday.", wed, []string{"Xi Jinping", "Budi Santoso"}, "2025-03-05", "Wednesday"},
		{"a wire dateline and yesterday", "JAKARTA, March 5 (AFP) - " + d + " met " + s + " yesterday.", wed, ds, "2025-03-04", "yesterday"},
		// time zones
		{"early the day after publication in Beijing time", opening + d + " spoke with " + s + " early Thursday Beijing time.", wed, ds, "2025-03-06", "Thursday"},
		{"a weekday evening in Washington time", opening + d + " spoke with " + s + " on Tuesday evening Washington time.", wed, ds, "2025-03-04", "Tuesday"},
		{"a weekday in local time", opening + d + " met " + s + " in Jakarta on Tuesday local time.", wed, ds, "2025-03-04", "Tuesday"},
		// years of old wire stories
		{"a weekday in a 1987 wire story", opening + "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Thursday.", "1987-06-12", []string{"George Shultz", "Eduard Shevardnadze"}, "1987-06-11", "Thursday"},
		{"yesterday in a 1987 wire story", opening + "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze yesterday.", "1987-06-12", []string{"George Shultz", "Eduard Shevardnadze"}, "1987-06-11", "yesterday"},
		{"a month day in a 1987 wire story", opening + "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on June 3.", "1987-06-12", []string{"George Shultz", "Eduard Shevardnadze"}, "1987-06-03", "June 3"},
		{"a December day in a January 1988 wire story", opening + "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Dec. 30.", "1988-01-08", []string{"George Shultz", "Eduard Shevardnadze"}, "1987-12-30", "Dec. 30"},
		{"a 1987 dateline with its year", "WASHINGTON, June 12, 1987 (AP) - Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Thursday.", "", []string{"George Shultz", "Eduard Shevardnadze"}, "1987-06-11", "Thursday"},
	})
}

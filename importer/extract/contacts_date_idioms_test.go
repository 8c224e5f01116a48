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
		{"the day before another event dated after it", opening + d + " met " + s + " in Jakarta the day before the election on Sunday.", wed, ds, "2025-03-01", "the day before"},
		{"the day after a weekday's event fronted", opening + "The day after Sunday's election, " + d + " phoned " + s + ".", wed, ds, "2025-03-03", "The day after"},
		{"the evening before an event dated after it", opening + d + " dined with " + s + " on the evening before the summit on Tuesday.", wed, ds, "2025-03-03", "the evening before"},
		{"a weekday and a day after an undated event", opening + d + " met " + s + " on Tuesday, a day after she arrived in Jakarta.", wed, ds, "2025-03-04", "Tuesday"},
		{"the previous day", opening + d + " arrived in Jakarta on Tuesday. She had spoken with " + s + " by phone the previous day.", wed, ds, "2025-03-03", "the previous day"},
		{"two days earlier", opening + d + " signed the accord on Tuesday. She had met " + s + " in Bali two days earlier.", wed, ds, "2025-03-02", "two days earlier"},
		{"the next day", opening + d + " arrived in Jakarta on Monday. The next day, she met " + s + ".", wed, ds, "2025-03-04", "The next day"},
		{"the eve of a summit dated after it", opening + d + " met " + s + " on the eve of the summit on Thursday.", wed, ds, "2025-03-05", "on the eve of"},
		{"the eve of a weekday's summit planned", opening + d + " will meet " + s + " on the eve of Friday's summit.", wed, ds, "2025-03-06", "on the eve of"},
		{"the eve of yesterday's vote", opening + d + " met " + s + " on the eve of yesterday's vote.", wed, ds, "2025-03-03", "on the eve of"},
		{"a day before today's summit", opening + d + " met " + s + " a day before today's summit.", wed, ds, "2025-03-04", "a day before"},
		// background contacts
		{"the lead's contact beside a background meeting", d + " met " + s + " in Oslo on Monday.\n\nThe two last met in Bali in November 2022.", wed, ds, "2025-03-03", "Monday"},
		{"a background meeting of another pair", d + " met " + s + " in Oslo on Monday.\n\nDahl last met " + r + " in Bali in November 2022.", wed, dr, "2022-11", "November 2022"},
		{"a background meeting last summer takes no day of the lead", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl met " + r + " last summer in Santiago.", wed, dr, "", "last summer"},
		{"a background meeting in a season of a year", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl met " + r + " in Santiago in the spring of 2023.", wed, dr, "", "the spring of 2023"},
		{"a background meeting in late in a year", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl met " + r + " in Santiago in late 2023.", wed, dr, "", "late 2023"},
		{"a background meeting at the end of a year", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl met " + r + " in Santiago at the end of 2023.", wed, dr, "", ""},
		{"a meeting further down after the text moved to the middle of a year", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nPrices rose.\n\nTrawlers stay in port.\n\nTalks on quotas stalled in mid-2023.\n\nDahl also met " + r + " in Santiago.", wed, dr, "", ""},
		{"a background meeting on the last visit", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl met " + r + " on her last visit to Santiago.", wed, dr, "", ""},
		{"a background meeting at a gathering of a year", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl met " + r + " at the 2023 APEC summit in Lima.", wed, dr, "", ""},
		{"a meeting held before a gathering of next year is the lead's", "Norway and Indonesia signed a fisheries accord in Oslo on Monday.\n\n" + d + " met " + s + " to prepare the 2026 summit.", wed, ds, "2025-03-03", "Monday"},
		{"a background meeting in a decade", d + " met " + s + " in Oslo on Monday.\n\nThe two discussed fishing quotas.\n\nDahl first met " + r + " in the 1990s.", wed, dr, "", "the 1990s"},
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
		// a contact of its own day far down in a story of another day, in the shapes news gives it
		{"a possessive contact noun on a date", lead + d + "'s meeting with " + s + " on 20 February prepared the accord.", wed, ds, "2025-02-20", "20 February"},
		{"a fronted phone call on a date", lead + "In a phone call on 20 February, " + d + " and " + s + " agreed on the text.", wed, ds, "2025-02-20", "20 February"},
		{"a participle of meeting on a date", lead + d + " and " + s + ", meeting in Jakarta on 20 February, agreed on the text.", wed, ds, "2025-02-20", "20 February"},
		{"the two ministers on a date", lead + d + " and " + s + " attended the signing.\n\nThe two ministers had held talks in Jakarta on 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"a pronoun pair on a date", lead + d + " and " + s + " attended the signing.\n\nThey first met in Jakarta on 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"said she had met on a date", lead + d + " said on Monday she had met " + s + " on 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"told during a meeting on a date", lead + d + " told " + s + " during a meeting on 20 February that Norway would sign.", wed, ds, "2025-02-20", "20 February"},
		{"received a call on a date", lead + d + " received a call from " + s + " on 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"a date and an hour", lead + d + " met " + s + " on 20 February at 10 a.m. in Jakarta.", wed, ds, "2025-02-20", "20 February"},
		{"a fronted date and flew where she met", lead + "On 20 February, " + d + " flew to Jakarta, where she met " + s + ".", wed, ds, "2025-02-20", "20 February"},
		{"met on a date according to the ministry", lead + d + " met " + s + " in Jakarta on 20 February, according to the ministry.", wed, ds, "2025-02-20", "20 February"},
		{"last weekday and its date in brackets", lead + d + " met " + s + " last Thursday (Feb. 27).", wed, ds, "2025-02-27", "Feb. 27"},
		{"at a meeting on a date fronted", lead + "At a meeting in Jakarta on 20 February, " + d + " told " + s + " that Norway would sign.", wed, ds, "2025-02-20", "20 February"},
		{"a date before the contact noun", lead + d + "'s Feb. 20 meeting with " + s + " prepared the accord.", wed, ds, "2025-02-20", "Feb. 20"},
		{"the date before the meeting", lead + "The Feb. 20 meeting between " + d + " and " + s + " prepared the accord.", wed, ds, "2025-02-20", "Feb. 20"},
		{"whom she met on a date", lead + s + ", whom " + d + " met on 20 February, praised the accord.", wed, ds, "2025-02-20", "20 February"},
		{"speaking after meeting on a date", lead + "Speaking after meeting " + s + " on 20 February, " + d + " said a deal was near.", wed, ds, "2025-02-20", "20 February"},
		{"the evening of a date", lead + d + " hosted " + s + " for dinner on the evening of 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"two days ago far from the lead's day", lead + d + " spoke with " + s + " by phone two days ago.", wed, ds, "2025-03-03", "two days ago"},
		{"this morning far down in a story of Monday", lead + d + " met " + s + " in Oslo this morning.", wed, ds, "2025-03-05", "this morning"},
		{"last night far down in a story of Monday", lead + d + " phoned " + s + " last night.", wed, ds, "2025-03-04", "last night"},
		{"a date in a paragraph after a quotation", lead + "\"We are pleased,\" said " + d + ".\n\nShe had met " + s + " in Jakarta on 20 February.", wed, ds, "2025-02-20", "20 February"},
		{"a lead contact of the lead's day and a second of its own date", d + " met " + s + " in Oslo on Monday.\n\nThe accord was drafted.\n\nDahl had spoken with " + r + " on 20 February.", wed, dr, "2025-02-20", "20 February"},
		{"a second contact further down with yesterday", d + " met " + s + " in Oslo on Monday.\n\nThe accord was drafted.\n\nDahl spoke with " + r + " yesterday.", wed, dr, "2025-03-04", "yesterday"},
		// spellings of a day that wire copy and releases print
		{"a weekday and a day and month without a comma", lead + d + " met " + s + " on Sunday 2 March.", wed, ds, "2025-03-02", "2 March"},
		{"a day of a month told with of", lead + d + " met " + s + " on the 2nd of March.", wed, ds, "2025-03-02", "2nd of March"},
		{"a four-letter month abbreviation", lead + d + " met " + s + " on Sept. 30.", wed, ds, "2024-09-30", "Sept. 30"},
		{"a day and a three-letter month", lead + d + " met " + s + " on 2 Mar.", wed, ds, "2025-03-02", "2 Mar"},
		{"a day with a leading zero", lead + d + " met " + s + " on 02 March 2025.", wed, ds, "2025-03-02", "02 March 2025"},
		{"a weekday and its ordinal date", lead + d + " met " + s + " on Sunday, 2nd March.", wed, ds, "2025-03-02", "2nd March"},
		{"a weekday with its date in brackets after a comma", lead + d + " met " + s + " on Sunday (2 March).", wed, ds, "2025-03-02", "2 March"},
		{"yesterday's talks as subject", lead + "Yesterday's talks between " + d + " and " + s + " lasted an hour.", wed, ds, "2025-03-04", "Yesterday"},
		{"last night's dinner", lead + "Last night's dinner between " + d + " and " + s + " was cordial.", wed, ds, "2025-03-04", "Last night"},
		{"late yesterday", lead + d + " spoke with " + s + " by phone late yesterday.", wed, ds, "2025-03-04", "yesterday"},
		{"yesterday afternoon", lead + d + " met " + s + " yesterday afternoon.", wed, ds, "2025-03-04", "yesterday"},
		{"earlier yesterday", lead + d + " had met " + s + " earlier yesterday.", wed, ds, "2025-03-04", "yesterday"},
		{"yesterday between subject and verb", lead + d + " yesterday held talks with " + s + ".", wed, ds, "2025-03-04", "yesterday"},
		{"this past weekday", lead + d + " spoke with " + s + " this past Saturday.", wed, ds, "2025-03-01", "past Saturday"},
		{"last weekday in a sentence of the lead's people", lead + d + " met " + s + " last Sunday.", wed, ds, "2025-03-02", "last Sunday"},
		{"a weekday of last week in a British style", lead + d + " met " + s + " on Friday last.", wed, ds, "2025-02-28", "Friday"},
		{"days of one month opened by between are its month", lead + d + " held talks with " + s + " in Jakarta between February 18 and 20.", wed, ds, "2025-02", "between February 18 and 20"},
		{"days of one month told with through are its month", lead + d + " held talks with " + s + " in Jakarta Feb. 18 through 20.", wed, ds, "2025-02", "Feb. 18 through 20"},
		{"days of two months opened by between name none", lead + d + " held talks with " + s + " in Jakarta between February 27 and March 1.", wed, ds, "", "between February 27 and March 1"},
		// a year told of a recalled contact does not run on to the story's dates after it
		{"a day after a recalled meeting of another year", d + " met " + s + " in Oslo on Monday.\n\nThe two first met in Bali in November 2022.\n\nDahl spoke with " + r + " on 20 February.", wed, dr, "2025-02-20", "20 February"},
		{"a day after a meeting recalled in the past perfect", d + " met " + s + " in Oslo on Monday.\n\nThey had met in Bali on 15 November 2022.\n\nDahl spoke with " + r + " on 20 February.", wed, dr, "2025-02-20", "20 February"},
		{"a year told plainly runs on", opening + "On December 7, 2021, " + d + " spoke with " + s + " by video link.\n\nDahl spoke with " + r + " on December 30.", wed, dr, "2021-12-30", "December 30"},
		// pages keep a day and its month on one line with a no-break space
		{"a day and month joined by a no-break space", lead + d + " spoke with " + s + " on 20\u00a0February.", wed, ds, "2025-02-20", "20\u00a0February"},
		{"a month and day joined by a narrow no-break space", lead + d + " met " + s + " on Feb.\u202f25.", wed, ds, "2025-02-25", "Feb.\u202f25"},
		{"a weekday and date with no-break spaces", lead + d + " met " + s + " on Tuesday,\u00a0February\u00a025,\u00a02025.", wed, ds, "2025-02-25", "February\u00a025,\u00a02025"},
		// words counted from publication as releases and wire copy print them
		{"last evening", lead + d + " spoke with " + s + " on the phone last evening.", wed, ds, "2025-03-04", "last evening"},
		{"yesterday night", lead + d + " met " + s + " for dinner yesterday night.", wed, ds, "2025-03-04", "yesterday"},
		{"a fortnight ago", lead + d + " met " + s + " in Jakarta a fortnight ago.", wed, ds, "2025-02-19", "a fortnight ago"},
		{"two weeks ago", lead + d + " met " + s + " in Jakarta two weeks ago.", wed, ds, "2025-02-19", "two weeks ago"},
		{"earlier in the day is the lead's day", lead + d + " met " + s + " earlier in the day.", wed, ds, "2025-03-03", "earlier in the day"},
		{"early this morning", lead + d + " spoke with " + s + " early this morning.", wed, ds, "2025-03-05", "this morning"},
		{"on Monday evening local time", lead + d + " spoke with " + s + " on Monday evening local time.", wed, ds, "2025-03-03", "Monday"},
		{"the previous evening", d + " arrived in Jakarta on Tuesday.\n\nShe had dined with " + s + " in Bali the previous evening.", wed, ds, "2025-03-03", "the previous evening"},
		{"the night before", d + " arrived in Jakarta on Tuesday.\n\nShe had dined with " + s + " in Bali the night before.", wed, ds, "2025-03-03", "the night before"},
		{"three days earlier", d + " arrived in Jakarta on Tuesday.\n\nShe had spoken with " + s + " by phone three days earlier.", wed, ds, "2025-03-01", "three days earlier"},
		// the date the parse attaches to the contact's predicate, past dates of other clauses
		{"a fronted day beats the day of an after-clause", opening + "On Tuesday, after arriving in Jakarta on Monday, " + d + " met " + s + ".", wed, ds, "2025-03-04", "Tuesday"},
		{"a relative clause on the object with a day of its own", opening + d + " met " + s + ", whom she had last seen in Bali on 15 November, on Tuesday.", wed, ds, "2025-03-04", "Tuesday"},
		{"a relative clause on the object after the contact's day", opening + d + " on Tuesday met " + s + ", who had visited Oslo on 3 January.", wed, ds, "2025-03-04", "Tuesday"},
		{"an office taken in a relative clause before the contact's day", opening + d + " met " + s + ", who took office on 20 October, in Jakarta on Tuesday.", wed, ds, "2025-03-04", "Tuesday"},
		{"yesterday beats a day of a relative clause on the subject", opening + "Yesterday " + d + ", who had spoken to " + r + " on Sunday, met " + s + ".", wed, ds, "2025-03-04", "Yesterday"},
		{"a fronted span from an event's clause", opening + "Two days after the accord was signed on Monday, " + d + " met " + s + ".", wed, ds, "2025-03-05", "Two days after"},
		{"talks that ran into a weekday night", opening + d + " held talks with " + s + " that ran late into Tuesday night.", wed, ds, "2025-03-04", "Tuesday"},
		{"speaking on a day she said she had met on another", opening + d + ", speaking on Tuesday, said she had met " + s + " on Sunday.", wed, ds, "2025-03-02", "Sunday"},
		{"said on a day that she met on another", opening + d + " said on Tuesday that she met " + s + " on Sunday.", wed, ds, "2025-03-02", "Sunday"},
		// a participant's doing told with its day in the sentence before, and a pronoun goes on
		{"a day of the participant's doing the sentence before", opening + "On 20 February, " + d + " addressed parliament in Jakarta. She also met " + s + ".", wed, ds, "2025-02-20", "20 February"},
		{"yesterday of the participant's doing the sentence before", opening + d + " addressed parliament in Jakarta yesterday. She later met " + s + ".", wed, ds, "2025-03-04", "yesterday"},
		{"a doing of another person the sentence before lends no day", opening + r + " addressed parliament in Jakarta yesterday. He later met " + s + ".", wed, []string{"Pablo Rojas", "Budi Santoso"}, "2025-03-04", "yesterday"},
		{"a doing in another paragraph lends no day", opening + d + " addressed parliament in Jakarta yesterday.\n\nShe has also met " + s + ".", wed, ds, "", ""},
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
		{"the first day of a visit in a relative clause on it", opening + d + ", on a visit to Indonesia that began on Monday, met " + s + " in Jakarta.", wed, ds, "", ""},
		{"the last day of a visit ahead in a participle on it", opening + d + " met " + s + " in Jakarta during a visit ending Friday.", wed, ds, "", ""},
		{"a visit that began on a day and a meeting of its own day", opening + d + ", on a visit to Indonesia that began on Monday, met " + s + " in Jakarta on Tuesday.", wed, ds, "2025-03-04", "Tuesday"},
		{"a departure's day in a conjunct of a copula", opening + d + " met " + s + " in Jakarta and is set to leave on Friday.", wed, ds, "", ""},
		{"a departure's day in a conjunct with its auxiliary", opening + d + " met " + s + " in Jakarta and will leave on Friday.", wed, ds, "", ""},
		{"an arrival's date in a relative clause", opening + d + ", who arrived in Jakarta on Monday, met " + s + ".", wed, ds, "", ""},
		// datelines
		{"a wire dateline of the publication day", "OSLO, March 5 (Reuters) - " + d + " met " + s + " on Monday.", wed, ds, "2025-03-03", "Monday"},
		{"a wire dateline with its year and no publication date", "OSLO, March 5, 2025 (Reuters) - " + d + " met " + s + " on Monday.", "", ds, "2025-03-03", "Monday"},
		{"a wire dateline without a year and no publication date", "OSLO, March 5 (Reuters) - " + d + " met " + s + " on Monday.", "", ds, "", "Monday"},
		{"an agency dateline and here", "BEIJING, March 5 (Xinhua) -- Chinese President Xi Jinping met " + s + " here on Wednesday.", wed, []string{"Xi Jinping", "Budi Santoso"}, "2025-03-05", "Wednesday"},
		{"a wire dateline and yesterday", "JAKARTA, March 5 (AFP) - " + d + " met " + s + " yesterday.", wed, ds, "2025-03-04", "yesterday"},
		// a speaker's own day words count from the day the words were said
		{"yesterday in a quotation said on a weekday", opening + `"I spoke with Foreign Minister Budi Santoso yesterday," ` + d + ` told reporters in Oslo on Monday.`, wed, ds, "2025-03-02", "yesterday"},
		{"this morning in a quotation said on a weekday", opening + `"I had a good meeting with Foreign Minister Budi Santoso this morning," ` + d + ` said on Tuesday.`, wed, ds, "2025-03-04", "this morning"},
		{"yesterday in a quotation said on no day told", opening + `"I spoke with Foreign Minister Budi Santoso yesterday," ` + d + ` said.`, wed, ds, "2025-03-04", "yesterday"},
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

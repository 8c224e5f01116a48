package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestDateContext dates contacts whose day the article tells outside the contact's own
// sentence: in the sentence before, for the same visit or call; in the lede, for a later
// sentence that retells the same contact; in the headline; in a readout's "today"; in the
// dateline. The texts are made up in the styles of wire copy, readouts and broadcasters;
// articles of Thursday 2024-03-14 unless a case says otherwise.
func TestDateContext(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	kn := []string{"Lena Varga", "Tomas Reyes"}
	kz := []string{"Lena Varga", "Karl Nehammer"}
	// opening keeps the lead's day (date.story) out of the journeys told down the story
	const opening = "Grain prices rose.\n\nShips wait.\n\nFarmers protest.\n\nExports doubled.\n\nThe tariffs stay.\n\n"
	const lv, tr, kNeh = "Foreign Minister Lena Varga", "Chilean Foreign Minister Tomas Reyes", "Austrian Chancellor Karl Nehammer"
	cases := []struct {
		name, title, text, published string
		names                        []string
		date, dateText               string
	}{
		// the sentence before, for the same visit
		{"a fronted day of arrival before the meeting", "", "On Tuesday, " + lv + " arrived in Santiago for a two-day visit. She met " + tr + " and discussed trade.", thu, kn, "2024-03-12", "Tuesday"},
		{"a day of flight before talks held there", "", lv + " flew to Santiago on Monday. There she held talks with " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"an arrival's day before a meeting after arriving", "", lv + " arrived in Santiago on Monday. After arriving, she met " + tr + " at the foreign ministry.", thu, kn, "2024-03-11", "Monday"},
		{"a day of another doing before goes on with a pronoun", "", lv + " addressed parliament in Santiago on Monday. She also met " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"a plan announced on a day before", "", "Chilean President Gabriel Boric said on Monday that " + lv + " would visit Santiago. " + lv + " met " + tr + " at the foreign ministry.", thu, kn, "", ""},
		// the journey told before, down the story
		{"a journey reached before the meeting down the story", "", opening + lv + " reached Santiago on Monday. She met " + tr + " at the ministry.", thu, kn, "2024-03-11", "Monday"},
		{"a visit paid on a day before talks", "", opening + lv + " paid a visit to Santiago on Monday. She met " + tr + " at the ministry.", thu, kn, "2024-03-11", "Monday"},
		{"travelled before a fronted place", "", opening + lv + " travelled to Santiago on Monday. In Santiago, she held talks with " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"a long visit wrapped up on its last day dates none of its meetings", "", opening + lv + " wrapped up a three-day visit to Chile on Wednesday. She met " + tr + " during the trip.", thu, kn, "", ""},
		{"went to a place, there she met", "", opening + lv + " went to Santiago on Monday. There she met " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"headed to a place, there she met", "", opening + lv + " headed to Santiago on Monday. There she met " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"was in a place, there she met", "", opening + lv + " was in Santiago on Monday. There she met " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"a surprise trip made on a day", "", opening + lv + " made a surprise trip to Santiago on Monday. She held talks with " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"an arrival's day before the host's welcome in the next paragraph", "", opening + lv + " arrived in Santiago on Monday.\n\n" + tr + " welcomed Varga at the airport.", thu, kn, "2024-03-11", "Monday"},
		// the lede's day carried to a retelling
		{"a call retold", "", lv + " and " + tr + " spoke by phone on Friday. During the call, Varga and Reyes discussed the grain deal.", thu, kn, "2024-03-08", "Friday"},
		{"the two ministers also discussed", "", lv + " held talks with " + tr + " in Santiago on Tuesday, the ministry said.\n\nThe two ministers also discussed the grain deal.", thu, kn, "2024-03-12", "Tuesday"},
		{"the parties named again further down", "", lv + " held talks with " + tr + " in Santiago on Tuesday, the ministry said.\n\nPrices rose.\n\nAt the meeting, Varga told Reyes that the deal was near.", thu, kn, "2024-03-12", "Tuesday"},
		// the headline or standfirst
		{"a headline's day when the body gives none", "Varga, Reyes hold talks on Monday", lv + " held talks with " + tr + " in Santiago, officials said.", thu, kn, "2024-03-11", "Monday"},
		{"a standfirst's day", "", "Varga meets Reyes in Santiago on Monday\n\n" + lv + " held talks with " + tr + " in Santiago, officials said. The two discussed trade.", thu, kn, "2024-03-11", "Monday"},
		// readouts
		{"a readout's today", "Readout of Foreign Minister Varga's call with Foreign Minister Reyes", "Today, " + lv + " spoke with " + tr + ". The ministers discussed trade.", thu, kn, "2024-03-14", "Today"},
		{"this morning", "", "This morning, " + lv + " spoke by phone with " + tr + ".", thu, kn, "2024-03-14", "This morning"},
		{"a readout dated only by its release line", "", "March 12, 2024\n\nReadout of Foreign Minister Varga's call with Foreign Minister Reyes\n\nToday, " + lv + " spoke with " + tr + ".", "", kn, "2024-03-12", "Today"},
		// datelines
		{"a TASS dateline with its year", "", "MOSCOW, March 12, 2024. /TASS/. " + lv + " met " + tr + " today, the ministry said.", "", kn, "2024-03-12", "today"},
		{"a Reuters dateline without its year", "", "WASHINGTON, March 12 (Reuters) - " + lv + " met " + tr + " in Washington, officials said.", thu, kn, "2024-03-12", "March 12"},
		// the next sentence dates the contact it names
		{"the meeting took place on a weekday", "", lv + " has held talks with " + tr + ". The meeting took place on Tuesday in Santiago.", thu, kn, "2024-03-12", "Tuesday"},
		{"the talks were held on a weekday", "", lv + " held talks with " + tr + " in Santiago. The talks were held on Tuesday at the foreign ministry.", thu, kn, "2024-03-12", "Tuesday"},
		{"the talks in commas held on a weekday", "", lv + " met " + tr + " in Santiago. The talks, held on Tuesday, focused on trade.", thu, kn, "2024-03-12", "Tuesday"},
		{"the call came on a weekday", "", lv + " spoke by phone with " + tr + ", the ministry said. The call came on Friday, a day after the vote.", thu, kn, "2024-03-08", "Friday"},
		{"the meeting a day told later ahead", "", lv + " will meet " + tr + " in Santiago. The meeting is scheduled for Tuesday.", thu, kn, "2024-03-19", "Tuesday"},
		// the lead's day down the story
		{"the lead's day two paragraphs down", "", lv + " arrived in Santiago on Tuesday for a two-day visit.\n\nChile is a big grain buyer.\n\nShe met " + tr + " at the foreign ministry.", thu, kn, "2024-03-12", "Tuesday"},
		{"a fronted day alone before the meeting", "", "On Monday, " + lv + " was in Santiago. She met " + tr + " and discussed trade.", thu, kn, "2024-03-11", "Monday"},
		{"visiting today", "", lv + " is visiting Santiago today. She met " + tr + " at the foreign ministry.", thu, kn, "2024-03-14", "today"},
		{"an announcement's day is not the visit's", "", "Chilean President Gabriel Boric announced on Monday that " + lv + " would visit.\n\n" + lv + " met " + tr + " in Santiago.", thu, kn, "", ""},
		// a day of a visit counted from its first
		{"the second day of a visit begun on a day", "", lv + " began a two-day visit to Chile on Monday. On the second day, she met " + tr + ".", thu, kn, "2024-03-12", "On the second day"},
		{"the first day of a visit", "", lv + " began a two-day visit to Chile on Monday. On the first day of her visit, she met " + tr + ".", thu, kn, "2024-03-11", "On the first day"},
		{"the lead's day through an arrival and a greeting", "", lv + " landed in Santiago on Monday. Upon arrival, Varga was greeted by the mayor. In the evening, she held talks with " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"the headline's day past a relative clause of another day", "Varga, Reyes hold talks on Monday", lv + ", who arrived in Santiago on Sunday, held talks with " + tr + " at the foreign ministry.", thu, kn, "2024-03-11", "Monday"},
		// a saying's day told with its statement
		{"the lead's saying in a statement on a day", "", lv + " held talks with " + tr + " in Santiago, the ministry said in a statement on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a plan's saying in a statement on a day", "", lv + " will hold talks with " + tr + " in Santiago, the ministry said in a statement on Tuesday.", thu, kn, "", ""},
		// dates in the contact's sentence or the next that belong to other events, and the
		// words of time resolved from publication
		{"a relative clause of the contact before a journey ahead", "", lv + ", who met " + tr + " on Monday, will travel to Vienna on Friday.", thu, kn, "2024-03-11", "Monday"},
		{"a day before a span to a later event", "", lv + " met " + tr + " on Monday, two days before the summit on Wednesday.", thu, kn, "2024-03-11", "Monday"},
		{"a call on a day that tells of an event on another", "", lv + " told " + tr + " in a phone call on Monday that the summit on Friday would go ahead.", thu, kn, "2024-03-11", "Monday"},
		{"a plan next week after talks on a day", "", lv + " will meet " + tr + " next week, after talks with " + kNeh + " on Monday.", thu, kn, "", "next week"},
		{"the talks on a day after a plan", "", lv + " will meet " + tr + " next week, after talks with " + kNeh + " on Monday.", thu, kz, "2024-03-11", "Monday"},
		{"a fronted participle of meeting before a plan", "", "After meeting " + tr + " on Monday, " + lv + " flew to Vienna, where she will meet " + kNeh + " on Friday.", thu, kn, "2024-03-11", "Monday"},
		{"the plan after a fronted participle of meeting", "", "After meeting " + tr + " on Monday, " + lv + " flew to Vienna, where she will meet " + kNeh + " on Friday.", thu, kz, "2024-03-15", "Friday"},
		{"two clauses joined by a semicolon, each its day", "", "On Monday, " + lv + " spoke with " + tr + "; on Tuesday, she met " + kNeh + ".", thu, kz, "2024-03-12", "Tuesday"},
		{"speaking after talks on a day", "", lv + ", speaking after talks with " + tr + " on Monday, said the deal was near.", thu, kn, "2024-03-11", "Monday"},
		{"the call in commas took place on a day", "", lv + " spoke by phone with " + tr + ". The call, the second in a week, took place on Wednesday evening.", thu, kn, "2024-03-13", "Wednesday"},
		{"received on a day", "", lv + " was received by " + tr + " on Monday.", thu, kn, "2024-03-11", "Monday"},
		{"a plan's date before the saying's", "", lv + " and " + tr + " will hold talks in Paris on March 20, the ministry announced on Tuesday.", thu, kn, "2024-03-20", "March 20"},
		{"a day after counts from the meeting told in the next sentence", "", lv + " held talks with " + tr + " in Santiago.\n\nThe meeting came a day after Varga met " + kNeh + " in Vienna on Monday.", thu, kn, "2024-03-12", "a day after"},
		{"a later sentence of another call this month", "", "Varga, Reyes talk trade\n\n" + lv + " spoke with " + tr + " on Wednesday.\n\nIt was their second call this month.", thu, kn, "2024-03-13", "Wednesday"},
		{"a fronted day after the arrival's night", "", lv + " arrived in Santiago on Sunday night. On Monday morning, she held talks with " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"an arrival's night for talks on a day", "", lv + " arrived in Santiago on Sunday night for talks with " + tr + " on Monday.", thu, kn, "2024-03-11", "Monday"},
		{"on the sidelines and a day", "", lv + " met " + tr + " on the sidelines of the UN General Assembly in New York on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"talks held on a day in commas", "", "The talks between " + lv + " and " + tr + ", held on Tuesday in Santiago, focused on trade.", thu, kn, "2024-03-12", "Tuesday"},
		{"the meeting in a later sentence was held on a day", "", lv + " and " + tr + " met in Santiago. The meeting, which lasted two hours, was held on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a day of the vote after the first meeting since", "", lv + " met " + tr + " in Santiago. It was their first meeting since the vote on Sunday.", thu, kn, "", ""},
		{"a day after a call to another", "", lv + " phoned " + tr + " on Wednesday, a day after she spoke to " + kNeh + ".", thu, kz, "2024-03-12", "a day after"},
		{"later this month is the month", "", lv + " will meet " + tr + " later this month.", thu, kn, "2024-03", "later this month"},
		{"ten days ago", "", lv + " met " + tr + " 10 days ago.", thu, kn, "2024-03-04", "10 days ago"},
		{"a weekday with a short month in brackets", "", lv + " met " + tr + " on Thursday (Mar 14).", thu, kn, "2024-03-14", "Mar 14"},
		{"is to meet on a weekday ahead", "", lv + " is to meet " + tr + " on Saturday.", "2024-03-15", kn, "2024-03-16", "Saturday"},
		{"last month is the month", "", lv + " met " + tr + " last month.", thu, kn, "2024-02", "last month"},
		{"a lead's day too far down a three-day visit", "", "Grain prices rose.\n\nShips wait.\n\n" + lv + " arrived in Santiago on Tuesday for a three-day visit.\n\nChile buys grain.\n\nShe was greeted by the mayor.\n\nThe visit is her first.\n\nVarga later held talks with " + tr + ".", thu, kn, "", ""},
		{"on the ordinal of the month", "", lv + " held talks with " + tr + " in Santiago on the 12th.", thu, kn, "2024-03-12", "the 12th"},
		{"earlier this evening", "", lv + " held talks with " + tr + " in Santiago earlier this evening.", thu, kn, "2024-03-14", "this evening"},
		{"an ordinal before the month", "", lv + " met " + tr + " on 12th March.", thu, kn, "2024-03-12", "12th March"},
		{"a weekday before day and month", "", lv + " met " + tr + " on Tuesday 12 March.", thu, kn, "2024-03-12", "12 March"},
		{"a short weekday before a month day", "", lv + " met " + tr + " on Wed, March 13.", thu, kn, "2024-03-13", "March 13"},
		{"mid-month", "", lv + " met " + tr + " in mid-February.", thu, kn, "2024-02", "mid-February"},
		{"a held Sunday in a Sunday paper", "", lv + " met " + tr + " on Sunday.", "2024-03-17", kn, "2024-03-17", "Sunday"},
		{"a plan on the weekday after a Sunday paper", "", lv + " will speak with " + tr + " by phone on Monday.", "2024-03-17", kn, "2024-03-18", "Monday"},
		{"the lede's call past a retold earlier call", "", lv + " and " + tr + " spoke by phone on Friday.\n\nPrices rose.\n\nThe two last spoke on Monday, when they discussed grain.", thu, kn, "2024-03-08", "Friday"},
		{"the lede's meeting past a pluperfect one of another year", "", lv + " met " + tr + " in Santiago on Tuesday.\n\nPrices rose.\n\nVarga had met Reyes in Paris in 2022.", thu, kn, "2024-03-12", "Tuesday"},
		{"a second call in a week after one on a day", "", lv + " spoke with " + tr + " by phone on Friday, their second call in a week after they spoke on Monday.", thu, kn, "2024-03-08", "Friday"},
		{"a plan past the last meeting in January", "", lv + " will meet " + tr + " in Santiago on Tuesday.\n\nThe two last met in January in Davos.", thu, kn, "2024-03-19", "Tuesday"},
		{"on the day of an event told before", "", "EU leaders gathered in Brussels on June 29 without Britain. " + lv + " met " + tr + " on the day.", "2016-07-01", kn, "2016-06-29", "June 29"},
		{"on the same occasion", "", "EU leaders gathered in Brussels on June 29. On the same occasion, " + lv + " met " + tr + ".", "2016-07-01", kn, "2016-06-29", "June 29"},
		{"that same day", "", "EU leaders gathered in Brussels on June 29. That same day, " + lv + " met " + tr + ".", "2016-07-01", kn, "2016-06-29", "June 29"},
		{"an arrival's day before the parties named again", "", lv + " arrived in Santiago on Monday. " + lv + " and " + tr + " met at the presidential palace.", thu, kn, "2024-03-11", "Monday"},
		{"a fronted speaking on a day after meeting", "", "Speaking in Santiago on Tuesday after meeting " + tr + ", " + lv + " said the deal was near.", thu, kn, "2024-03-12", "Tuesday"},
		{"told reporters on a day of a meeting had", "", lv + " told reporters on Tuesday that she had a good meeting with " + tr + ".", thu, kn, "2024-03-12", "Tuesday"},
		{"told reporters after meeting on a day", "", lv + " told reporters after meeting " + tr + " on Tuesday that the deal was near.", thu, kn, "2024-03-12", "Tuesday"},
		{"according to a statement released on a day", "", lv + " held talks with " + tr + " in Santiago, according to a statement released on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		// the lead's day of a saying and a contact told of the weekend before it
		{"over the weekend before a weekday's saying", "", lv + " said on Monday she spoke to " + tr + " over the weekend.", thu, kn, "", "over the weekend"},
		{"over the weekend in a story of a Saturday", "", lv + " flew to Santiago on Saturday.\n\nShe met " + tr + " over the weekend.", thu, kn, "2024-03-09", "Saturday"},
		// readouts' own styles
		{"on the evening of a date", "", "On the evening of March 12, " + lv + " held a phone call with " + tr + ".", thu, kn, "2024-03-12", "March 12"},
		{"a date before the time of a telephone talk", "", "On March 12, commencing at 5:30 p.m. for approximately 30 minutes, " + lv + " held a telephone talk with " + tr + ".", thu, kn, "2024-03-12", "March 12"},
		{"today with the day in brackets", "", lv + " met " + tr + " in London today (12 March).", thu, kn, "2024-03-12", "12 March"},
		{"yesterday with a weekday and the day in brackets", "", lv + " spoke to " + tr + " yesterday (Tuesday 12 March).", thu, kn, "2024-03-12", "12 March"},
		{"received a phone call today", "", lv + " received a phone call today from " + tr + ".", thu, kn, "2024-03-14", "today"},
		{"a fronted sidelines with its day", "", "On the sidelines of the summit in Lima on Monday, " + lv + " met " + tr + ".", thu, kn, "2024-03-11", "Monday"},
		{"a weekday's meeting retold down the story", "", lv + " met " + tr + " in Lima on Monday.\n\nPrices rose.\n\nAt Monday's meeting, Varga urged Reyes to lift the tariffs.", thu, kn, "2024-03-11", "Monday"},
		{"hosted for dinner on a weekday evening", "", lv + " hosted " + tr + " for dinner on Tuesday evening.", thu, kn, "2024-03-12", "Tuesday"},
		// each predicate its own day
		{"a call that followed talks", "", "In a call on Tuesday that followed talks on Monday, " + lv + " and " + tr + " agreed to meet again.", thu, kn, "2024-03-12", "Tuesday"},
		// a name's last word that is a month's abbreviation
		{"Dong Jun at a sentence end", "", "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun. The talks lasted an hour.", thu, []string{"Dong Jun", "Lloyd Austin"}, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Title: c.title, Published: c.published})
			checkDate(t, res, dateCase{c.name, c.text, c.published, c.names, c.date, c.dateText})
		})
	}
}

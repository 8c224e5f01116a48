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
	const lv, tr = "Foreign Minister Lena Varga", "Chilean Foreign Minister Tomas Reyes"
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

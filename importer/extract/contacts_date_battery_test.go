package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// dateCase is a text, its publication date, the participants of one of its contacts and
// the date and date words that contact must have. An empty date or text means none.
type dateCase struct {
	name, text, published string
	names                 []string
	date, dateText        string
}

// runDateCases checks the date of the contact of each case's participants, strictly: a
// date where the case wants none is an error too.
func runDateCases(t *testing.T, x *extract.Extractor, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: c.published})
			want := sortedCopy(c.names)
			for _, got := range res.Contacts {
				if sortedNames(res, got) != want {
					continue
				}
				if got.Date != c.date || got.DateText != c.dateText {
					t.Errorf("date = %q (%q), want %q (%q)", got.Date, got.DateText, c.date, c.dateText)
				}
				return
			}
			t.Fatalf("no contact of %s in %v", want, describe(res))
		})
	}
}

// TestDateBattery dates contacts the many ways news tells when they took place: weekdays
// around the publication day and parts of the day, words counted from publication,
// calendar dates in several spellings, and dates in the same sentence that belong to
// another event. The articles are of Thursday 2024-03-14; the texts open with unrelated
// paragraphs where the lead's day (rule date.story) must play no part.
func TestDateBattery(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	const opening = "Grain prices rose again in Europe this year.\n\nShips wait in port.\n\nFarmers protest.\n\nExports doubled.\n\nThe tariffs stay.\n\n"
	kn := []string{"Ana Kovac", "Karl Nehammer"}
	const ak, kNeh = "Foreign Minister Ana Kovac", "Austrian Chancellor Karl Nehammer"
	runDateCases(t, x, []dateCase{
		// weekdays
		{"met on a weekday before publication", opening + ak + " met " + kNeh + " in Vienna on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"will meet on a weekday after publication", opening + ak + " will meet " + kNeh + " in Vienna on Tuesday.", thu, kn, "2024-03-19", "Tuesday"},
		{"spoke on the day of publication", opening + ak + " spoke by phone with " + kNeh + " on Thursday.", thu, kn, "2024-03-14", "Thursday"},
		{"late on a weekday", opening + ak + " met " + kNeh + " late on Monday.", thu, kn, "2024-03-11", "Monday"},
		{"a weekday night", opening + ak + " and " + kNeh + " met on Monday night.", thu, kn, "2024-03-11", "Monday"},
		{"a weekday evening", opening + ak + " phoned " + kNeh + " on Monday evening.", thu, kn, "2024-03-11", "Monday"},
		{"early on a weekday without on", opening + ak + " met " + kNeh + " early Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"last Friday", opening + ak + " met " + kNeh + " last Friday.", thu, kn, "2024-03-08", "last Friday"},
		{"a weekday's meeting", opening + "Tuesday's meeting between " + ak + " and " + kNeh + " produced no deal.", thu, kn, "2024-03-12", "Tuesday"},
		{"a bare weekday after the object", opening + ak + " met " + kNeh + " Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a fronted weekday", opening + "On Wednesday, " + ak + " held talks with " + kNeh + ".", thu, kn, "2024-03-13", "Wednesday"},
		{"due to meet on a weekday ahead", opening + ak + " and " + kNeh + " are due to meet on Saturday.", thu, kn, "2024-03-16", "Saturday"},
		{"the same weekday held is today", opening + ak + " met " + kNeh + " on Thursday in Vienna.", thu, kn, "2024-03-14", "Thursday"},
		{"a weekday after publication told in the past is last week's", opening + ak + " met " + kNeh + " on Friday.", thu, kn, "2024-03-08", "Friday"},
		{"earlier on the day of publication", opening + ak + " met " + kNeh + " earlier on Thursday.", thu, kn, "2024-03-14", "Thursday"},
		{"later on the day of publication", opening + ak + " will meet " + kNeh + " later on Thursday.", thu, kn, "2024-03-14", "Thursday"},
		{"a weekday of the date that follows it", opening + ak + " met " + kNeh + " on Tuesday, March 12.", thu, kn, "2024-03-12", "March 12"},
		{"a weekday with the date in brackets", opening + ak + " met " + kNeh + " on Tuesday (March 12).", thu, kn, "2024-03-12", "March 12"},
		{"the saying after the contact is not its day", opening + ak + " met " + kNeh + " on Tuesday, the ministry said on Wednesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"the purpose of a trip a weekday ahead", opening + ak + " will travel to Vienna on Monday and meet " + kNeh + " on Tuesday.", thu, kn, "2024-03-19", "Tuesday"},
		// words counted from publication
		{"yesterday", opening + ak + " met " + kNeh + " yesterday.", thu, kn, "2024-03-13", "yesterday"},
		{"today", opening + ak + " spoke to " + kNeh + " by telephone today.", thu, kn, "2024-03-14", "today"},
		{"tomorrow", opening + ak + " will meet " + kNeh + " tomorrow.", thu, kn, "2024-03-15", "tomorrow"},
		{"this morning", opening + ak + " met " + kNeh + " this morning.", thu, kn, "2024-03-14", "this morning"},
		{"last night", opening + ak + " phoned " + kNeh + " last night.", thu, kn, "2024-03-13", "last night"},
		{"last week stays words", opening + ak + " met " + kNeh + " last week.", thu, kn, "", "last week"},
		{"this week stays words", opening + ak + " and " + kNeh + " met this week.", thu, kn, "", "this week"},
		{"earlier this month is the month", opening + ak + " met " + kNeh + " earlier this month.", thu, kn, "2024-03", "earlier this month"},
		{"last month", opening + ak + " met " + kNeh + " last month.", thu, kn, "2024-02", "last month"},
		{"next month", opening + ak + " will meet " + kNeh + " next month.", thu, kn, "2024-04", "next month"},
		{"a week ago is seven days back", opening + ak + " met " + kNeh + " a week ago.", thu, kn, "2024-03-07", "a week ago"},
		{"three days ago", opening + ak + " met " + kNeh + " three days ago.", thu, kn, "2024-03-11", "three days ago"},
		{"a day later counts from the day told before", opening + ak + " arrived in Vienna on Tuesday. A day later, she met " + kNeh + ".", thu, kn, "2024-03-13", "A day later"},
		// calendar dates
		{"day month year", opening + ak + " met " + kNeh + " on 3 March 2023.", thu, kn, "2023-03-03", "3 March 2023"},
		{"an ordinal month day", opening + ak + " met " + kNeh + " on March 3rd.", thu, kn, "2024-03-03", "March 3rd"},
		{"month day with the year", opening + ak + " met " + kNeh + " on March 12, 2024.", thu, kn, "2024-03-12", "March 12, 2024"},
		{"day month with an ordinal", opening + ak + " met " + kNeh + " on 12th March.", thu, kn, "2024-03-12", "12th March"},
		{"a month day ahead", opening + ak + " will meet " + kNeh + " on March 20.", thu, kn, "2024-03-20", "March 20"},
		{"a month alone this year", opening + ak + " met " + kNeh + " in January.", thu, kn, "2024-01", "January"},
		{"a month alone last year", opening + ak + " met " + kNeh + " in November.", thu, kn, "2023-11", "November"},
		{"mid-month", opening + ak + " met " + kNeh + " in mid-February.", thu, kn, "2024-02", "mid-February"},
		{"early in a month", opening + ak + " met " + kNeh + " in early March.", thu, kn, "2024-03", "early March"},
		{"a month and year", opening + ak + " met " + kNeh + " in July 2021.", thu, kn, "2021-07", "July 2021"},
		{"an abbreviated month with a dot", opening + ak + " met " + kNeh + " on Feb. 27.", thu, kn, "2024-02-27", "Feb. 27"},
		{"a day of December in a January paper", opening + ak + " met " + kNeh + " on Dec. 28.", "2024-01-05", kn, "2023-12-28", "Dec. 28"},
		{"a day of January planned in December", opening + ak + " will meet " + kNeh + " on Jan. 10.", "2023-12-28", kn, "2024-01-10", "Jan. 10"},
		{"a numeric date whose day is over 12", opening + ak + " met " + kNeh + " on 13/03/2024.", thu, kn, "2024-03-13", "13/03/2024"},
		{"an ambiguous numeric date keeps its words", opening + ak + " met " + kNeh + " on 4/3/2024.", thu, kn, "", "4/3/2024"},
		{"talks over two days are of their month", opening + ak + " and " + kNeh + " held talks in Bangkok on March 5 and 6.", thu, kn, "2024-03", "March 5 and 6"},
		{"a visit from day to day", opening + ak + " visited Vienna from 4 to 6 March for talks with " + kNeh + ".", thu, kn, "2024-03", "from 4 to 6 March"},
		// dates of other events
		{"a relative clause's date is the arrival's", opening + ak + ", who arrived in Vienna on Monday, met " + kNeh + ".", thu, kn, "", ""},
		{"a date after a subordinate clause with its own subject", opening + ak + " met " + kNeh + " days after he was sworn in on Monday.", thu, kn, "", ""},
		{"the agreement's date", opening + ak + " met " + kNeh + " to discuss the ceasefire agreed on Monday.", thu, kn, "", ""},
		{"a week after another event's date", opening + ak + " met " + kNeh + " in Vienna, a week after the election on March 3.", thu, kn, "", ""},
		{"said on a day that she had met", opening + ak + " said on Wednesday she had met " + kNeh + ".", thu, kn, "", ""},
		{"a statement's day", opening + "In a statement on Wednesday, the ministry said " + ak + " had met " + kNeh + ".", thu, kn, "", ""},
		{"speaking after talks on a day", opening + ak + ", speaking after talks with " + kNeh + " on Tuesday, said the deal was close.", thu, kn, "2024-03-12", "Tuesday"},
		{"told reporters after meeting", opening + ak + " told reporters on Wednesday after meeting " + kNeh + " that the deal was close.", thu, kn, "2024-03-13", "Wednesday"},
		{"two days after another event", opening + ak + " spoke with " + kNeh + " by phone Sunday, two days after his election victory.", thu, kn, "2024-03-10", "Sunday"},
		{"since a date", opening + ak + " met " + kNeh + " for the first time since March 2022.", thu, kn, "", ""},
		{"a day before the summit", opening + ak + " met " + kNeh + " on Tuesday, a day before the summit.", thu, kn, "2024-03-12", "Tuesday"},
		// readouts and wire copy
		{"this afternoon in a readout", opening + "Prime Minister Rishi Sunak spoke to President Volodymyr Zelensky this afternoon.", thu, []string{"Rishi Sunak", "Volodymyr Zelensky"}, "2024-03-14", "this afternoon"},
		{"spoke today with", opening + "President Joe Biden spoke today with Prime Minister Fumio Kishida of Japan.", thu, []string{"Joe Biden", "Fumio Kishida"}, "2024-03-14", "today"},
		{"earlier today", opening + "Prime Minister Rishi Sunak met Chancellor Olaf Scholz in Berlin earlier today.", thu, []string{"Rishi Sunak", "Olaf Scholz"}, "2024-03-14", "today"},
		{"a fronted day and month", opening + "On 12 March, Prime Minister Narendra Modi held a telephone conversation with President Emmanuel Macron.", thu, []string{"Narendra Modi", "Emmanuel Macron"}, "2024-03-12", "12 March"},
		{"a weekday afternoon at a palace", opening + "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the People in Beijing on Tuesday afternoon.", thu, []string{"Xi Jinping", "Luiz Inacio Lula da Silva"}, "2024-03-12", "Tuesday"},
		{"held talks and a weekday", opening + "Xi Jinping held talks Tuesday with Vladimir Putin.", thu, []string{"Xi Jinping", "Vladimir Putin"}, "2024-03-12", "Tuesday"},
		{"late a weekday in a call", opening + "Joe Biden and Xi Jinping spoke in a phone call late Tuesday.", thu, []string{"Joe Biden", "Xi Jinping"}, "2024-03-12", "Tuesday"},
		{"hosted at the White House", opening + "President Joe Biden hosted Kenyan President William Ruto at the White House on Monday.", thu, []string{"Joe Biden", "William Ruto"}, "2024-03-11", "Monday"},
		{"received in a capital", opening + "Russian President Vladimir Putin received Hungarian Prime Minister Viktor Orban in Moscow on Monday.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"a relative clause that is the contact", opening + "Hungarian Prime Minister Viktor Orban, who met Vladimir Putin in Moscow on Monday, said peace was near.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"after meeting fronted", opening + "After meeting Vladimir Putin in Moscow on Monday, Viktor Orban said peace was near.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"said after meeting on a day", opening + "Viktor Orban said after meeting Vladimir Putin in Moscow on Monday that peace was near.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"said on a day after talks", opening + "Viktor Orban said on Monday after talks with Vladimir Putin in Moscow that peace was near.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"following talks fronted", opening + "Following talks with Vladimir Putin in Moscow on Monday, Viktor Orban said peace was near.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"is to meet", opening + "Viktor Orban is to meet Vladimir Putin on Monday.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-18", "Monday"},
		{"next Tuesday", opening + "Viktor Orban and Vladimir Putin will hold talks next Tuesday.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-19", "next Tuesday"},
		{"a weekday evening's call", opening + "Tuesday evening's call between Viktor Orban and Vladimir Putin lasted an hour.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-12", "Tuesday"},
		{"a possessive date of another event", opening + "Viktor Orban spoke with Vladimir Putin by phone ahead of Sunday's election.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "", ""},
		{"during a visit on a day", opening + "Viktor Orban met Vladimir Putin during a visit to Moscow on Monday.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"for the first time on a day", opening + "Viktor Orban and Vladimir Putin met for the first time on Monday.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"local time", opening + "Viktor Orban met Vladimir Putin in Moscow on Monday local time.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-11", "Monday"},
		{"over the weekend stays words", opening + "Viktor Orban spoke with Vladimir Putin over the weekend.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "", "over the weekend"},
		{"ten days ago", opening + "Viktor Orban met Vladimir Putin 10 days ago.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-04", "10 days ago"},
		{"the day before yesterday", opening + "Viktor Orban met Vladimir Putin the day before yesterday.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-12", "the day before yesterday"},
		{"on a weekday with the month day in words after", opening + "Viktor Orban met Vladimir Putin on Tuesday, 12 March.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-12", "12 March"},
		{"a day of a month and the weekday after", opening + "Viktor Orban met Vladimir Putin on March 12 (Tuesday).", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03-12", "March 12"},
		{"a month told as last", opening + "Viktor Orban met Vladimir Putin last November.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2023-11", "last November"},
		{"a month this year", opening + "Viktor Orban met Vladimir Putin in February this year.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-02", "February"},
		{"a month of last year", opening + "Viktor Orban met Vladimir Putin in April last year.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2023-04", "April"},
		{"the end of a month", opening + "Viktor Orban will meet Vladimir Putin at the end of March.", thu, []string{"Vladimir Putin", "Viktor Orban"}, "2024-03", "March"},
		// the day between the subject and the verb, and days counted from another contact
		{"a day between subject and verb", opening + "Prime Minister Narendra Modi on Saturday held talks with President Emmanuel Macron.", thu, []string{"Narendra Modi", "Emmanuel Macron"}, "2024-03-09", "Saturday"},
		{"a day between subject and a call", opening + "Prime Minister Narendra Modi on Monday spoke to President Joe Biden over phone.", thu, []string{"Narendra Modi", "Joe Biden"}, "2024-03-11", "Monday"},
		{"told in a phone call on a day", opening + "Vladimir Putin told Donald Trump in a phone call on Tuesday that Russia wanted peace.", thu, []string{"Vladimir Putin", "Donald Trump"}, "2024-03-12", "Tuesday"},
		{"last spoke in a month", opening + "Vladimir Putin and Donald Trump last spoke in February.", thu, []string{"Vladimir Putin", "Donald Trump"}, "2024-02", "February"},
		{"a contact before a day after is not dated by it", opening + "Ana Kovac met Austrian Chancellor Karl Nehammer a day after she spoke with Czech President Petr Pavel.", thu, kn, "", ""},
		{"two days before counts forward", opening + "Ana Kovac phoned Czech President Petr Pavel on Monday, two days before she met Austrian Chancellor Karl Nehammer in Vienna.", thu, kn, "2024-03-13", "two days before"},
		{"a day after another contact", opening + "Ana Kovac met Austrian Chancellor Karl Nehammer in Vienna on Tuesday. The meeting came a day after Kovac spoke with Czech President Petr Pavel by phone.", thu, []string{"Ana Kovac", "Petr Pavel"}, "2024-03-11", "a day after"},
		{"a span in a relative clause is no day to count from", opening + "President Xi Jinping held talks with President Luiz Inacio Lula da Silva in Beijing on Friday.\n\nLula, who is on a state visit to China from March 12 to 15, met Premier Li Qiang earlier in the day.", thu, []string{"Luiz Inacio Lula da Silva", "Li Qiang"}, "2024-03-08", "earlier in the day"},
		{"a fronted day stands when a later date is another event's", opening + "On Monday, " + ak + " met " + kNeh + " to discuss the ceasefire agreed in February.", thu, kn, "2024-03-11", "Monday"},
		{"a day before the other event's clause stands", opening + ak + " met " + kNeh + " on Monday, days after he was sworn in on Friday.", thu, kn, "2024-03-11", "Monday"},
		{"a fronted day stands when the nearer date is another event's", opening + "On Monday, " + ak + " met " + kNeh + ", days after he was sworn in on Friday.", thu, kn, "2024-03-11", "Monday"},
		{"a coordinated predicate's date after the contact", opening + ak + " met " + kNeh + " and will travel to Paris on Friday.", thu, kn, "", ""},
		{"a new clause's date after the contact", opening + ak + " met " + kNeh + ", and on Friday she will address parliament.", thu, kn, "", ""},
		{"after arriving on a day", opening + ak + " met " + kNeh + " after arriving in Vienna on Monday.", thu, kn, "2024-03-11", "Monday"},
		// the present perfect of a lead
		{"a lead in the present perfect is the day's news", ak + " has met " + kNeh + " in Vienna, a day after the talks in Geneva collapsed.", thu, kn, thu, ""},
		{"a lead in the present perfect with an adverb", ak + " and " + kNeh + " have finally held talks in Vienna.", thu, kn, thu, ""},
		{"the present perfect of repetition is no day", ak + " has met " + kNeh + " several times.", thu, kn, "", ""},
		{"the present perfect further down is no day", opening + ak + " has met " + kNeh + " in Vienna.", thu, kn, "", ""},
		{"the present perfect without a publication date", ak + " has met " + kNeh + " in Vienna.", "", kn, "", ""},
		// several contacts in one sentence
		{"one day for two meetings: the first", opening + ak + " met " + kNeh + " and Czech President Petr Pavel on Monday.", thu, kn, "2024-03-11", "Monday"},
		{"one day for two meetings: the second", opening + ak + " met " + kNeh + " and Czech President Petr Pavel on Monday.", thu, []string{"Ana Kovac", "Petr Pavel"}, "2024-03-11", "Monday"},
		{"a day for each meeting: the first", opening + ak + " met " + kNeh + " on Monday and Czech President Petr Pavel on Tuesday.", thu, kn, "2024-03-11", "Monday"},
		{"a day for each meeting: the second", opening + ak + " met " + kNeh + " on Monday and Czech President Petr Pavel on Tuesday.", thu, []string{"Ana Kovac", "Petr Pavel"}, "2024-03-12", "Tuesday"},
		{"a call the day before a meeting", opening + ak + " spoke by phone with Czech President Petr Pavel on Monday before meeting " + kNeh + " on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a call the day before a meeting: the call", opening + ak + " spoke by phone with Czech President Petr Pavel on Monday before meeting " + kNeh + " on Tuesday.", thu, []string{"Ana Kovac", "Petr Pavel"}, "2024-03-11", "Monday"},
		{"the lead's day does not date a contact in the past perfect", ak + " flew to Vienna on Wednesday to sign a grain deal.\n\n" + ak + " had met " + kNeh + " in Paris.", thu, kn, "", ""},
		{"the lead's day dates a contact told in the simple past", ak + " flew to Vienna on Wednesday to sign a grain deal.\n\n" + ak + " met " + kNeh + " at the chancellery.", thu, kn, "2024-03-13", "Wednesday"},
		{"had as a light verb takes the lead's day", ak + " flew to Vienna on Wednesday to sign a grain deal.\n\n" + ak + " had talks with " + kNeh + " at the chancellery.", thu, kn, "2024-03-13", "Wednesday"},
		{"a fronted span counts from the main clause's day", opening + "A day after meeting " + kNeh + " in Vienna, " + ak + " said on Saturday that the deal was close.", thu, kn, "2024-03-08", "A day after"},
		{"a contact's own date beats a span before it", opening + ak + " met " + kNeh + " on Tuesday, a day after she spoke with Czech President Petr Pavel on Sunday.", thu, []string{"Ana Kovac", "Petr Pavel"}, "2024-03-10", "Sunday"},
		{"a later last met does not date the story's contact", ak + " flew to Vienna on Wednesday to sign a grain deal.\n\n" + ak + " met " + kNeh + " at the chancellery. The two last met in Paris in November.", thu, kn, "2024-03-13", "Wednesday"},
		{"an undated contact and a later last met", opening + ak + " met " + kNeh + " at the chancellery. The two last met in Paris in November.", thu, kn, "", ""},
		{"a later first met does not date the story's contact", ak + " flew to Vienna on Wednesday to sign a grain deal.\n\n" + ak + " met " + kNeh + " at the chancellery. The two first met in Paris in November.", thu, kn, "2024-03-13", "Wednesday"},
		{"a later past perfect does not date the story's contact", ak + " flew to Vienna on Wednesday to sign a grain deal.\n\n" + ak + " met " + kNeh + " at the chancellery. Kovac and Nehammer had met in Paris in November.", thu, kn, "2024-03-13", "Wednesday"},
		{"a later past perfect dates a contact told in the past perfect", opening + ak + " had met " + kNeh + " at the chancellery, officials said. Kovac and Nehammer had met on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"an undated contact and a later first met", opening + ak + " met " + kNeh + " at the chancellery. The two first met in Paris in November.", thu, kn, "", ""},
		{"a meeting that came after a dated call", opening + ak + " met " + kNeh + " in Vienna. The meeting came after a phone call on Monday.", thu, kn, "", ""},
		{"the meeting's own day told after it", opening + ak + " met " + kNeh + " in Vienna. The meeting took place on Tuesday.", thu, kn, "2024-03-12", "Tuesday"},
		{"a meeting since talks in a month", opening + ak + " met " + kNeh + " in Vienna. It was their first meeting since talks in Paris in January.", thu, kn, "", ""},
		// datelines
		{"a dateline's day is no contact's", "VIENNA, March 12 (Reuters) - " + ak + " met " + kNeh + " in Vienna on Monday.", "2024-03-12", kn, "2024-03-11", "Monday"},
		{"a weekday of the dateline's day", "VIENNA, March 12 (Reuters) - " + ak + " met " + kNeh + " in Vienna on Tuesday.", "2024-03-12", kn, "2024-03-12", "Tuesday"},
		// background and unknown publication
		{"an earlier meeting in the background", opening + ak + " met " + kNeh + " on Tuesday.\n\nThe two had last met in Paris in 2019.", thu, kn, "2024-03-12", "Tuesday"},
		{"no publication date keeps a weekday's words", opening + ak + " met " + kNeh + " on Tuesday.", "", kn, "", "Tuesday"},
		{"no publication date keeps yesterday's words", opening + ak + " met " + kNeh + " yesterday.", "", kn, "", "yesterday"},
		{"no publication date still reads a full date", opening + ak + " met " + kNeh + " on March 3, 2023.", "", kn, "2023-03-03", "March 3, 2023"},
		{"the sidelines of a summit dated before", opening + "Leaders of the Group of 20 gathered in New Delhi on Saturday for their annual summit.\n\nThe host called for unity.\n\n" + ak + " met " + kNeh + " on the sidelines of the summit.", thu, kn, "2024-03-09", "Saturday"},
		{"the margins of a summit that opened on a day", opening + ak + " met " + kNeh + " on the margins of the G20 summit, which opened in New Delhi on Saturday.", thu, kn, "2024-03-09", "Saturday"},
		{"at a summit dated in the sentence before", opening + "The European Union summit opened in Brussels on Thursday.\n\n" + ak + " met " + kNeh + " at the summit.", thu, kn, "2024-03-14", "Thursday"},
		{"a summit of another day told far before keeps no date", opening + "The European Union summit opened in Brussels on Thursday.\n\nThe leaders talked of grain.\n\nFarm ministers will meet in April.\n\nPrices fell.\n\nTrade slowed.\n\nShips waited.\n\n" + ak + " met " + kNeh + " last week.", thu, kn, "", "last week"},
		{"on the sidelines of a summit on a weekday", opening + ak + " met " + kNeh + " on the sidelines of the G20 summit in New Delhi on Saturday.", thu, kn, "2024-03-09", "Saturday"},
	})
}

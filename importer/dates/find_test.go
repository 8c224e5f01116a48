package dates_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/dates"
)

// describe prints the expressions compactly: kind:text.
func describe(exprs []dates.Expr) string {
	var parts []string
	for _, e := range exprs {
		parts = append(parts, e.Kind.String()+":"+e.Text)
	}
	return strings.Join(parts, " | ")
}

func TestFind(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"on weekday", "The ministers will speak on Tuesday.", "weekday:Tuesday"},
		{"possessive weekday", "Tuesday's call was short; Thursday’s was long.", "weekday:Tuesday | weekday:Thursday"},
		{"weekday with part of day", "They will speak Saturday morning.", "weekday:Saturday"},
		{"last and next weekday", "They met last Friday and meet again next Monday.", "weekday:last Friday | weekday:next Monday"},
		{"this weekday keeps only the day", "They meet this Friday.", "weekday:Friday"},
		{"a day of a visit", "On the second day of his state visit, he met Li.", "anaphoric:On the second day"},
		{"a first day alone", "On the first day, he met Li.", "anaphoric:On the first day"},
		{"a day of a strike is no visit's", "On the second day of the strike, he met Li.", ""},
		{"the eve of an event", "They met on the eve of the summit on Thursday.", "anaphoric:on the eve of | weekday:Thursday"},
		{"a span of weekdays", "The visit will take place from Friday to Sunday.", "span:from Friday to Sunday"},
		{"a span of two dates of one month", "Talks ran from March 3 to March 5 in Doha.", "month:from March 3 to March 5"},
		{"a span of two dates day first", "Talks ran between 3 March and 4 March 2024 in Doha.", "month:between 3 March and 4 March 2024"},
		{"a span over two months", "The visit lasts from Feb. 28 to March 2.", "span:from Feb. 28 to March 2"},
		{"two dates of one month joined by and", "They met on March 3 and March 10.", "absolute:March 3 | absolute:March 10"},
		{"a span opened by between", "The envoys will be in Lima between April 7 and 10.", "month:between April 7 and 10"},
		{"a span opened by between day first", "The envoys will be in Lima between 7 and 10 April.", "month:between 7 and 10 April"},
		{"a span over two months opened by between", "The envoys toured Asia between Sept. 29 and Oct. 4.", "span:between Sept. 29 and Oct. 4"},
		{"a span of days told with through", "The forum runs April 7 through 10 in Lima.", "month:April 7 through 10"},
		{"a span of days told with through day first", "The forum runs 7 through 10 April in Lima.", "month:7 through 10 April"},
		{"days joined by and with no between", "Talks were held on 3 and 10 April.", "absolute:10 April"},
		{"seasons told as times", "They met last summer, again in the spring of 2019 and in early autumn.", "span:last summer | span:the spring of 2019 | span:early autumn"},
		{"a season with its year", "The envoys last met in summer 2023.", "span:summer 2023"},
		{"a season that is no time", "After the fall of the old regime and the Arab Spring, prices fall.", ""},
		{"decades", "They met in the 1990s, in the early 2000s and in the mid-1980s.", "span:the 1990s | span:the early 2000s | span:the mid-1980s"},
		{"two weekdays joined by and", "They held talks on Monday and Tuesday in Geneva.", "span:Monday and Tuesday"},
		{"a span with a dash", "Talks run Monday-Wednesday.", "span:Monday-Wednesday"},
		{"two weekdays of two events", "They met on Monday and spoke again on Tuesday.", "weekday:Monday | weekday:Tuesday"},
		{"month abbreviation with dot", "They met on Jan. 21 in Geneva.", "absolute:Jan. 21"},
		{"full month day", "They last spoke on November 23, and on May 13.", "absolute:November 23 | absolute:May 13"},
		{"day month", "They met on 21 January.", "absolute:21 January"},
		{"day of month with year", "They met on the 21st of January 2022.", "absolute:21st of January 2022"},
		{"month day year", "They met on Jan 21, 2022 in Geneva.", "absolute:Jan 21, 2022"},
		{"iso", "The call on 2022-02-01 was short.", "absolute:2022-02-01"},
		{"weekday before date is one date", "They met on Tuesday, Feb. 1, in Geneva.", "absolute:Feb. 1"},
		{"month only after in", "They met in September and spoke in July.", "month:September | month:July"},
		{"last month name", "They last met last September.", "month:last September"},
		{"mid month", "The summit is in mid-November.", "month:mid-November"},
		{"early month", "Talks are planned for early March.", "month:early March"},
		{"month this year", "They met in January this year.", "month:January"},
		{"month and year", "They met in July 2021.", "month:July 2021"},
		{"month of a year", "They met in July of 2019.", "month:July of 2019"},
		{"weekday in other names", "The Sunday Times said Good Friday and Super Tuesday matter; on Monday Night Football ran.", ""},
		{"a day that recurs or is any names none", "The envoys meet every Friday; talks on a Monday are rare, and each Tuesday he calls.", ""},
		{"days that recur told by their mornings or a slash", "Talks are held on Monday evenings; the envoy flies in every Tuesday/Thursday.", ""},
		{"a show named after a morning", "He drew for Sunday Morning Comics before he met the minister on Sunday morning.", "weekday:Sunday"},
		{"a date in capitals", "WASHINGTON, MARCH 3, 2026 - The envoys met on 11 SEPT. 2025 and in JUNE.", "absolute:MARCH 3, 2026 | absolute:11 SEPT. 2025"},
		{"a month in capitals beside no figure", "TRUMP MAY MEET XI", ""},
		{"weekday before a name is a day", "On Tuesday President Biden spoke.", "weekday:Tuesday"},
		{"may the verb is not a date", "Russia may invade. June Smith said so. They will march.", ""},
		{"impossible day is not a date", "Feb. 30 does not exist.", ""},
		{"relative days", "He spoke yesterday, speaks today and again tomorrow.", "relative:yesterday | relative:today | relative:tomorrow"},
		{"part of today", "The visit was secret until this morning; they dine this evening.", "relative:this morning | relative:this evening"},
		{"relative weeks and months", "They met last week and earlier this month.", "relative:last week | relative:earlier this month"},
		{"ago", "The leaders spoke three weeks ago and 2 days ago.", "relative:three weeks ago | relative:2 days ago"},
		{"capitalised relative", "Yesterday the talks ended.", "relative:Yesterday"},
		{"month after a capitalised preposition opening a sentence", "In December, the two leaders met. Since June they have not spoken.", "month:December | month:June"},
		{"capitalised early month opening a sentence", "Early March, the two leaders met.", "month:Early March"},
		{"capitalised last weekday opening a sentence", "Last Friday, the two leaders met.", "weekday:Last Friday"},
		{"days told before", "Later that day they met; the next day and the previous day too. Two days later, that evening.", "anaphoric:Later that day | anaphoric:the next day | anaphoric:the previous day | anaphoric:Two days later | anaphoric:that evening"},
		{"weeks told before", "A week later they met; two weeks earlier they had spoken.", "anaphoric:A week later | anaphoric:two weeks earlier"},
		{"the day before at the end of a phrase", "They had met the day before, and spoke the day after.", "anaphoric:the day before | anaphoric:the day after"},
		{"the day after an event counts from the event", "They met the day after the election.", "anaphoric:the day after"},
		{"the night before an event", "They dined the night before the summit, and the day prior to the vote.", "anaphoric:the night before | anaphoric:the day prior to"},
		{"the week before an event names no day", "They met the week before the vote.", ""},
		{"the day after tomorrow stays relative", "They meet the day after tomorrow.", "relative:the day after tomorrow"},
		{"a day word before a bracketed date is one date", "They met yesterday (Aug 19) and spoke again today (Aug. 20); tomorrow, March 3, they fly.", "absolute:Aug 19 | absolute:Aug. 20 | relative:tomorrow | absolute:March 3"},
		{"weekday before a bracketed date is one date", "They met on Tuesday (Feb. 1) in Geneva.", "absolute:Feb. 1"},
		{"a date in figures", "They met on 13/03/2024 and 4/3/2024.", "absolute:13/03/2024 | absolute:4/3/2024"},
		{"figures without a year are no date", "The vote was 3/4 and the score 2-1-0.", ""},
		{"weeks and hours before the event they date", "They met a week after the vote, hours before the summit and two weeks before Easter.", "anaphoric:a week after | anaphoric:hours before | anaphoric:two weeks before"},
		{"a count of hours past half a day is no span", "They met 48 hours after the vote.", ""},
		{"a span before the event it dates", "They met a day after she spoke with him, and two days before the vote.", "anaphoric:a day after | anaphoric:two days before"},
		{"a span of days is its month", "They met from 20 to 22 December, on 12-13 March 2024, on Jan. 26 and 27 and on May 3–5.", "month:from 20 to 22 December | month:12-13 March 2024 | month:Jan. 26 and 27 | month:May 3–5"},
		{"a day and a later number are no span", "They met on May 13 and 12 people died; on May 3 and 10 more.", "absolute:May 13 | absolute:May 3"},
		{"the end of the month", "They meet at the end of the month, not later in the week.", "relative:at the end of the month | relative:later in the week"},
		{"over the weekend", "They spoke over the weekend.", "relative:over the weekend"},
		{"on the weekend", "They spoke on the weekend.", "relative:on the weekend"},
		{"mixed order", "On Monday, after talks in January, they set a call for Feb. 3.", "weekday:Monday | month:January | absolute:Feb. 3"},
		{"a short weekday with its dot", "The envoys met Tues. in Cairo and spoke again Thurs., aides said.", "weekday:Tues | weekday:Thurs"},
		{"a short weekday after on", "The envoys will meet on Wed and again on Fri.", "weekday:Wed | weekday:Fri"},
		{"a short weekday after last", "The envoys met last Thurs. in Cairo.", "weekday:last Thurs"},
		{"a short weekday past a lower-case word", "The envoys spoke with him Wed., aides said.", "weekday:Wed"},
		{"a short weekday before its date is one date", "The envoys met on Tues., Feb. 1, in Cairo.", "absolute:Feb. 1"},
		{"short forms that are names", "The Sun. Sun Valley hosted Mon leaders; Ms. Thu met Nehammer Sat. The Baltimore Sun.", ""},
		{"a short form before a name is no day", "The talks on Sun Valley resumed.", ""},
		{"a month between a determiner and its noun", "They met at a June summit and at their March meeting, after the December interview.", "month:June | month:March | month:December"},
		{"a month after a determiner before no noun", "The June Smith papers; a May 5 call; the May.", "absolute:May 5"},
		{"later in a part of the day", "Later in the evening they met; earlier in the afternoon they spoke; the following night they dined.", "anaphoric:Later in the evening | anaphoric:earlier in the afternoon | anaphoric:the following night"},
		{"the day prior and days prior to", "They had met the day prior, and two days prior to the vote.", "anaphoric:the day prior | anaphoric:two days prior to"},
		{"a weekday's night capitalised", "The festival opened on Saturday Night as crowds gathered; Saturday Night Live ran.", "weekday:Saturday"},
		{"fixed-day holidays", "They spoke on Christmas Day, met on New Year's Eve and on Boxing Day; Easter Sunday moves.", "absolute:Christmas Day | absolute:New Year's Eve | absolute:Boxing Day"},
		{"overnight ending its phrase", "The envoys spoke overnight, and met overnight in Doha.", "relative:overnight | relative:overnight"},
		{"overnight before a noun or on into a day", "After an overnight stay, talks ran overnight into Thursday.", "weekday:Thursday"},
		{"hours later", "Hours later they spoke; just a few hours earlier they had met; 36 hours later, nothing.", "anaphoric:Hours later | anaphoric:just a few hours earlier"},
		{"a year alone", "They first met in 2019, spoke in early 2021 and during mid-2022.", "year:2019 | year:early 2021 | year:mid-2022"},
		{"a year counted from publication", "They met last year and will meet next year; they spoke earlier this year.", "year:last year | year:next year | year:earlier this year"},
		{"a year of an older century", "The treaty was signed in 1815 and revised during the 1830s; in 1500 words he told of it.", "year:1815 | span:the 1830s"},
		{"a year before a clause of its own", "In 2019 he met Li; in 2021 the two spoke, and in 2022 a third talk followed.", "year:2019 | year:2021 | year:2022"},
		{"a year counted back or this year", "They first met two years ago and a year ago; this year's talks, held this year, were shorter.", "year:two years ago | year:a year ago | year:this year | year:this year"},
		{"a year before a word of its phrase is another thing's", "In 2019 elections and in 2020 dollars; since 2018; the 2019 accord; in 2011-12 and in 2011/12.", ""},
		{"a year with more words keeps them", "They met in January 2019, on December 4 last year and in March last year.", "month:January 2019 | absolute:December 4 last year | month:March"},
		{"a short form inside a word", "The Tuesdays and the Monsoon and Saturn.", ""},
	}
	f := dates.NewFinder()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(f.Find(c.text)); got != c.want {
				t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	text := "“Ça va,” he said on Tuesday — and again on Jan. 21."
	for _, e := range dates.Find(text) {
		t.Run(e.Text, func(t *testing.T) {
			if text[e.Start:e.End] != e.Text {
				t.Errorf("bytes %d:%d = %q, want %q", e.Start, e.End, text[e.Start:e.End], e.Text)
			}
			runes := []rune(text)
			if got := string(runes[e.RuneStart:e.RuneEnd]); got != e.Text {
				t.Errorf("runes %d:%d = %q, want %q", e.RuneStart, e.RuneEnd, got, e.Text)
			}
		})
	}
	if n := len(dates.Find(text)); n != 2 {
		t.Errorf("found %d expressions, want 2", n)
	}
}

func TestFindFields(t *testing.T) {
	got := dates.Find("They spoke on Jan 21, 2022 and will meet next Friday.")
	if len(got) != 2 {
		t.Fatalf("found %s", describe(got))
	}
	if d := got[0]; d.Year != 2022 || d.Month != 1 || d.Day != 21 {
		t.Errorf("absolute = %d-%d-%d", d.Year, d.Month, d.Day)
	}
	if w := got[1]; w.Weekday.String() != "Friday" || w.Shift != 1 {
		t.Errorf("weekday = %v shift %d", w.Weekday, w.Shift)
	}
}

// BenchmarkFind measures a shared Finder on a paragraph of news.
func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("The ministers spoke by phone on Tuesday, after talks in Geneva on Jan. 21 and in mid-November. ", 10)
	f := dates.NewFinder()
	for b.Loop() {
		if len(f.Find(text)) == 0 {
			b.Fatal("nothing found")
		}
	}
}

func ExampleFind() {
	// The tense of each clause comes from the caller: "met" is past, "will speak" future.
	tense := []dates.Direction{dates.Past, dates.Future}
	for i, e := range dates.Find("Blinken and Lavrov met on Jan. 21 and will speak on Tuesday.") {
		fmt.Println(e.Kind, e.Text, dates.Resolve(e, "2022-02-01", tense[i]))
	}
	// Output:
	// absolute Jan. 21 2022-01-21
	// weekday Tuesday 2022-02-01
}

// TestOrdinalDay finds a day of the month told by its ordinal alone where its phrase ends,
// and resolves it by the tense around the publication day.
func TestOrdinalDay(t *testing.T) {
	cases := []struct {
		name, text string
		dir        dates.Direction
		want       string
	}{
		{"held earlier this month", "They met on the 3rd.", dates.Past, "2025-03-03"},
		{"held last month", "They met on the 27th in Oslo.", dates.Past, "2025-02-27"},
		{"planned this month", "They will meet on the 12th.", dates.Future, "2025-03-12"},
		{"planned next month", "They will meet on the 2nd.", dates.Future, "2025-04-02"},
		{"of the month", "They met on the 3rd of the month.", dates.Past, "2025-03-03"},
		{"two spaces before the", "They met on  the 3rd.", dates.Past, "2025-03-03"},
		{"a no-break space before the", "They met on\u00a0the 3rd.", dates.Past, "2025-03-03"},
		{"a floor is no day", "They met on the 3rd floor.", dates.Past, ""},
		{"an anniversary is no day", "They met on the 20th anniversary of the accord.", dates.Past, ""},
		{"a day the month before lacks is none", "They met on the 31st.", dates.Past, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			for _, e := range dates.Find(c.text) {
				if e.OfMonth {
					got = dates.Resolve(e, "2025-03-05", c.dir)
				}
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestFindAcrossUnicodeSpaces finds dates whose words a page joins with a no-break space,
// a narrow one or a thin one, as it finds them with a plain space.
func TestFindAcrossUnicodeSpaces(t *testing.T) {
	for _, text := range []string{"on 20\u00a0February", "on Feb.\u202f20", "on February\u200920,\u00a02025", "three\u00a0days\u00a0ago"} {
		t.Run(text, func(t *testing.T) {
			plain := strings.Map(func(r rune) rune {
				if r == '\u00a0' || r == '\u202f' || r == '\u2009' {
					return ' '
				}
				return r
			}, text)
			got, want := dates.Find(text), dates.Find(plain)
			if len(got) != 1 || len(want) != 1 || dates.Resolve(got[0], "2025-03-05", dates.Past) != dates.Resolve(want[0], "2025-03-05", dates.Past) {
				t.Errorf("Find(%q) = %v, want as %v", text, got, want)
			}
		})
	}
}

// TestFindTriggersBeyondASCII finds a date whose only trigger word holds a letter that
// lowers to an ASCII one, the Kelvin sign, as strings.ToLower reads it. The patterns'
// \b is ASCII's: the sign ends the word "week" they see.
func TestFindTriggersBeyondASCII(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"kelvin sign", "They spoke last wee\u212aend.", "relative:last wee\u212a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(dates.Find(c.text)); got != c.want {
				t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

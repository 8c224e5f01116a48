package dates_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"hotline/importer/dates"
)

// weekdayTokens are the pieces weekday texts are made of: days and words of a day's
// shape, the modifiers in several cases and spellings, the spaces of \s, the possessive
// tails, and the letters, marks and runes that a word boundary turns on.
var weekdayTokens = []string{
	"Monday", "Tuesday", "Wednesday", "Friday", "Sunday", "Holiday", "Birthday", "Xyday", "Abcdefday", "Tday",
	"day", "Day", "days", "last", "Last", "LAST", "la\u017ft", "next", "NeXt", "this", "thi\u017f", "past",
	"coming", "Coming", "lastly", " ", "  ", "\t", "\n", "\r", "\f", "'s", "’s", "'", "s", "x", "_", "9",
	".", ",", "-", "é", "\u212a", "of last week",
}

// monthTokens are the pieces month texts are made of, as weekdayTokens are for weekdays.
var monthTokens = []string{
	"January", "March", "May", "June", "Mayday", "Marchxyz", "Abcdefghi", "Abcdefghij", "Ab", "Paris", "MArch",
	"in", "In", "IN", "since", "\u017fince", "Since", "till", "Till", "through", "of", "Of", "before", "after",
	"by", "By", "from", "during", "until", "last", "next", "this", "thi\u017f", "inside", "early", "Early", "EARLY",
	"late", "mid", "Mid", "a", "A", "an", "the", "The", "their", "its", "his", "her", "summit", "-", " ", "  ", "\t", "\n", "this year", "last year", "next  year", " year", "year",
	"years", "Year", "_", "9", "é", ".", ",", "x", "s",
}

// relativeTokens are the pieces relative texts are made of, as weekdayTokens are for weekdays.
var relativeTokens = []string{
	"the", "The", "THE", "day", "before", "after", "yesterday", "Yesterday", "ye\u017fterday", "today", "tonight",
	"tomorrow", "overnight", "Overnight", "last", "next", "this", "thi\u017f", "pa\u017ft", "past", "coming", "night", "evening", "morning",
	"afternoon", "earlier", "later", "week", "wee\u212a", "weekend", "Weekend", "weekends", "month", "months", "over",
	"at", "during", "on", "end", "start", "beginning", "of", "in", " ", " ", " ", "  ", "\t", "_", "9", ".", ",",
	"x", "é", "\x00",
}

// TestWeekdayLocsAsThePattern holds the weekday scan to the regexp it stands for, on
// made-up cases and on texts strung at random (from a fixed seed) from weekdayTokens.
func TestWeekdayLocsAsThePattern(t *testing.T) {
	holdToPattern(t, dates.WeekdayPattern, dates.WeekdayLocs, weekdayTokens, []struct{ name, text string }{
		{"a day", "They met on Tuesday."},
		{"a possessive", "Tuesday's call and Thursday’s."},
		{"a possessive running on", "Tuesday'sx and Friday’s_"},
		{"modifiers", "They met last Friday and meet next  Monday, this\tSunday, Past Wednesday."},
		{"a modifier with a long s", "They met la\u017ft Friday."},
		{"a modifier inside a word", "outlast Friday; lastFriday; last_ Friday"},
		{"a modifier before no day", "last year, Last Holiday, coming Birthday"},
		{"days inside words", "Mondays, McMonday, Monday9, _Monday, éMonday"},
		{"shapes of a day", "Tday Xyday Abcdefday Abcdefgday Wednesday Saturday"},
		{"none", "The minister declined to comment."},
	})
}

// TestMonthOnlyLocsAsThePattern holds the month scan to the regexp it stands for, as
// TestWeekdayLocsAsThePattern does the weekday scan.
func TestMonthOnlyLocsAsThePattern(t *testing.T) {
	holdToPattern(t, dates.MonthOnlyPattern, dates.MonthOnlyLocs, monthTokens, []struct{ name, text string }{
		{"prepositions", "They met in January, Since March and during  May; of June."},
		{"modifiers", "They met early March, in mid-November and Late\tJune."},
		{"a year after", "They met in January this year, in May last  year and in June next years."},
		{"a year joined to its word", "They met in May thisyear and in June last year9."},
		{"a preposition with a long s", "They met \u017fince March, and x\u017fince May."},
		{"a preposition inside a word", "inside March, within May, In_ June"},
		{"words of a month's shape", "In Paris, Mid-Term, Midsummer, Abcdefghij, Ab and MArch."},
		{"none", "the minister declined to comment."},
	})
}

// TestRelativeLocsAsThePattern holds the scan of words of time from publication to the
// regexp it stands for, as TestWeekdayLocsAsThePattern does the weekday scan.
func TestRelativeLocsAsThePattern(t *testing.T) {
	holdToPattern(t, dates.RelativePattern, dates.RelativeLocs, relativeTokens, []struct{ name, text string }{
		{"days", "They met yesterday, Today, TONIGHT, the day before yesterday and the day after tomorrow."},
		{"overnight", "They met overnight, Overnight talks, overnights, stopover night."},
		{"parts of days", "They met last night, last evening, this morning and This Afternoon."},
		{"weeks and months", "They met earlier this week, later this month, last weekend, next month and past week."},
		{"the weekend", "They met over the weekend, at the weekend, during the weekend and on the weekend."},
		{"ends and starts", "At the end of the week, at the beginning of the month, later in the week, earlier in the month."},
		{"words running on", "yesterdays, last weekends, todayx, this week_, last weeK, the day before yesterday9"},
		{"spellings beyond ASCII", "ye\u017fterday, la\u017ft wee\u212a, thi\u017f month, x\u017fince"},
		{"spaces other than one", "last  week, last\tmonth, the day  before yesterday"},
		{"none", "The minister declined to comment."},
	})
}

// holdToPattern holds scan to the regexp pattern on the cases and on 20,000 texts strung
// at random (from a fixed seed) from tokens.
func holdToPattern(t *testing.T, pattern string, scan func(string) [][]int, tokens []string, cases []struct{ name, text string }) {
	t.Helper()
	re := regexp.MustCompile(pattern)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertLocs(t, re, scan, c.text)
		})
	}
	t.Run("strung at random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(11, 2026))
		for range 20000 {
			var b strings.Builder
			for range 1 + rng.IntN(8) {
				b.WriteString(tokens[rng.IntN(len(tokens))])
			}
			assertLocs(t, re, scan, b.String())
		}
	})
}

// FuzzWeekdayLocs holds the weekday scan to its regexp on any text.
func FuzzWeekdayLocs(f *testing.F) {
	fuzzToPattern(f, dates.WeekdayPattern, dates.WeekdayLocs, weekdayTokens, "on last %s Friday's")
}

// FuzzMonthOnlyLocs holds the month scan to its regexp on any text.
func FuzzMonthOnlyLocs(f *testing.F) {
	fuzzToPattern(f, dates.MonthOnlyPattern, dates.MonthOnlyLocs, monthTokens, "since mid-%s March this year")
}

// FuzzRelativeLocs holds the scan of words of time to its regexp on any text.
func FuzzRelativeLocs(f *testing.F) {
	fuzzToPattern(f, dates.RelativePattern, dates.RelativeLocs, relativeTokens, "at the %s end of the week")
}

// fuzzToPattern holds scan to the regexp pattern on any text, from seeds that put each
// token in the frame.
func fuzzToPattern(f *testing.F, pattern string, scan func(string) [][]int, tokens []string, frame string) {
	for _, s := range tokens {
		f.Add(fmt.Sprintf(frame, s))
	}
	re := regexp.MustCompile(pattern)
	f.Fuzz(func(t *testing.T, text string) {
		assertLocs(t, re, scan, text)
	})
}

// assertLocs fails when scan finds other locations in text than the regexp re.
func assertLocs(t *testing.T, re *regexp.Regexp, scan func(string) [][]int, text string) {
	t.Helper()
	if got, want := scan(text), re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("scan(%q) = %v, want %v", text, got, want)
	}
}

package dates_test

import (
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

// TestWeekdayLocsAsThePattern holds the weekday scan to the regexp it stands for, on
// made-up cases and on texts strung at random (from a fixed seed) from weekdayTokens.
func TestWeekdayLocsAsThePattern(t *testing.T) {
	re := regexp.MustCompile(dates.WeekdayPattern)
	cases := []struct{ name, text string }{
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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertWeekdayLocs(t, re, c.text)
		})
	}
	t.Run("strung at random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(11, 2026))
		for range 20000 {
			var b strings.Builder
			for range 1 + rng.IntN(8) {
				b.WriteString(weekdayTokens[rng.IntN(len(weekdayTokens))])
			}
			assertWeekdayLocs(t, re, b.String())
		}
	})
}

// FuzzWeekdayLocs holds the weekday scan to its regexp on any text.
func FuzzWeekdayLocs(f *testing.F) {
	for _, s := range weekdayTokens {
		f.Add("on last " + s + " Friday's")
	}
	re := regexp.MustCompile(dates.WeekdayPattern)
	f.Fuzz(func(t *testing.T, text string) {
		assertWeekdayLocs(t, re, text)
	})
}

func assertWeekdayLocs(t *testing.T, re *regexp.Regexp, text string) {
	t.Helper()
	if got, want := dates.WeekdayLocs(text), re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("WeekdayLocs(%q) = %v, want %v", text, got, want)
	}
}

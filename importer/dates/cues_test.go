package dates_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"hotline/importer/dates"
)

// TestCuesSkipOnlyWhatCannotMatch holds Find to what it finds running every pattern on
// every window: a cue may only keep a pattern off a window where it cannot match. Each
// case is a pattern family, in the spellings its cues must allow (any case, and the long
// s and Kelvin sign that Go's case folding reads as s and k).
func TestCuesSkipOnlyWhatCannotMatch(t *testing.T) {
	cases := []struct{ name, text string }{
		{"iso", "The call on 2022-02-01 was short."},
		{"month day", "They met on Jan. 21, 2022 and on Sept 3."},
		{"day month", "They met on the 21st of January 2022 and on 3 March this year."},
		{"figures", "They met on 13/03/2024, on 4.3.2024 and on 12-03-2024."},
		{"figures with dots", "They met on 4.3.2024 in Oslo."},
		{"ordinal", "They met on the 3rd of the month."},
		{"month and year", "They met in mid-November 2022 and in July of 2019."},
		{"month only beside abbreviations", "They met in Sept. 2022 and in March, not on Jan. 3."},
		{"month only", "They met in September, last May and in January next year."},
		{"day ranges", "They met from 20 to 22 December, on 12-13 March 2024 and on Jan. 26 and 27."},
		{"ordinal days joined by and", "They met on the 26th and 27th of March."},
		{"days joined by an en dash", "They met on March 12\u201314."},
		{"days joined by until", "They met from 3rd until 5th May."},
		{"dates ranges", "Talks ran from Feb. 28 to March 2 and between 3 March and 4 March 2024."},
		{"days joined by through and between", "Talks ran April 7 through 10, 7 through 10 May and between June 3 and 9."},
		{"two dates of one month", "Talks ran from March 3 to March 5."},
		{"spaces other than a space", "They met later that\tday, two days\nago, hours\tbefore the vote and on the\teve\rof the summit."},
		{"relative", "They spoke yesterday, tonight, the day after tomorrow, later this week and at the end of the month."},
		{"relative in capitals", "YESTERDAY they spoke; OVER THE WEEKEND too."},
		{"relative with a long s", "They spoke ye\u017fterday, not on Monday."},
		{"relative with a Kelvin sign", "They spoke la\u017ft wee\u212aend."},
		{"months ago", "They spoke two months ago."},
		{"ago", "They spoke two months ago, a fortnight ago and 3 days ago."},
		{"weekdays", "They met last Friday, on Monday last week, and from Friday to Sunday."},
		{"a span of two weekdays", "They held talks on Monday and Tuesday."},
		{"short weekdays", "They met Tues., on Wed and last Thurs. in Oslo; not on Sun Valley."},
		{"anaphoric", "Later that day they met; the following morning, and the night before."},
		{"days later", "Two days later they met; a fortnight earlier they had spoken."},
		{"eve", "They met On The Eve of the summit."},
		{"span order", "They met a week after the vote and two days before Easter."},
		{"the day of a span order", "They met the day after the vote and THE\tEVENING before Easter."},
		{"hours order", "They met just hours before the summit."},
		{"holidays", "They spoke on Christmas Eve and on New Year’s Day."},
		{"years", "They met in 2019, in EARLY 2020, Last Year and later this year."},
		{"prior", "They met the day prior, and three days prior to the vote, later in the evening."},
		{"hours later", "They met just hours later, and spoke OVERNIGHT."},
		{"seasons and decades", "They met LAST\tsummer, in the winter of 2019, over the fall and in the 1990s (and 1970s)."},
		{"none", "The minister declined to comment on the reports."},
	}
	with, without := dates.NewFinder(), dates.NewFinderWithoutCues()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(without.Find(c.text)) == 0 && c.name != "none" {
				t.Fatalf("Find(%q) finds nothing: the case tests no cue", c.text)
			}
			assertSameFinds(t, with, without, c.text)
		})
	}
}

// TestCuesOnSharedArticles holds Find to the Finder without cues on every sentence of the
// seed and development articles, when ../shared is there.
func TestCuesOnSharedArticles(t *testing.T) {
	sentences := sharedSentences(t)
	sentences = append(sentences, sentencesOf(t, filepath.Join(sharedDir, "eval/dev/check/*.txt"))...)
	with, without := dates.NewFinder(), dates.NewFinderWithoutCues()
	for _, s := range sentences {
		assertSameFinds(t, with, without, s)
	}
}

// assertSameFinds fails when two Finders find different expressions in text.
func assertSameFinds(t *testing.T, with, without *dates.Finder, text string) {
	t.Helper()
	if got, want := with.Find(text), without.Find(text); !reflect.DeepEqual(got, want) {
		t.Errorf("Find(%q) = %s, want %s", text, describe(got), describe(want))
	}
}

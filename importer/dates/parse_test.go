package dates_test

import (
	"testing"

	"hotline/importer/dates"
)

// stringCase is an input to a function of one string and the string it must return.
type stringCase struct{ name, in, want string }

// runStringCases checks f (named fn in messages) on each case.
func runStringCases(t *testing.T, fn string, f func(string) string, cases []stringCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := f(c.in); got != c.want {
				t.Errorf("%s(%q) = %q, want %q", fn, c.in, got, c.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	cases := []stringCase{
		{"iso date", "2022-02-01", "2022-02-01"},
		{"iso with spaces", "  2022-02-01 \n", "2022-02-01"},
		{"rfc3339 utc", "2022-02-01T10:00:00Z", "2022-02-01"},
		{"rfc3339 keeps local date", "2022-02-01T23:30:00-05:00", "2022-02-01"},
		{"rfc3339 fraction", "2022-02-01T10:00:00.123+02:00", "2022-02-01"},
		{"iso without zone", "2022-02-01T10:00:00", "2022-02-01"},
		{"sql timestamp", "2022-02-01 10:00:00", "2022-02-01"},
		{"short month", "Feb 1, 2022", "2022-02-01"},
		{"short month with dot", "Feb. 1, 2022", "2022-02-01"},
		{"sept", "Sept. 5, 2022", "2022-09-05"},
		{"long month", "February 1, 2022", "2022-02-01"},
		{"lower case month", "february 1, 2022", "2022-02-01"},
		{"day month year", "1 February 2022", "2022-02-01"},
		{"ordinal", "February 1st, 2022", "2022-02-01"},
		{"ordinal day first", "21st January 2022", "2022-01-21"},
		{"weekday prefix", "Tuesday, February 1, 2022", "2022-02-01"},
		{"rfc1123", "Tue, 01 Feb 2022 10:00:00 GMT", "2022-02-01"},
		{"rfc1123z", "Tue, 01 Feb 2022 10:00:00 +0000", "2022-02-01"},
		{"rss single digit day", "Tue, 1 Feb 2022 10:00:00 GMT", "2022-02-01"},
		{"unix seconds", "1643709600", "2022-02-01"},
		{"unix millis", "1643709600000", "2022-02-01"},
		{"slashes", "2022/02/01", "2022-02-01"},
		{"empty", "", ""},
		{"words", "yesterday", ""},
		{"year only", "2022", ""},
		{"impossible day", "2022-02-30", ""},
		{"small number", "12345", ""},
		{"a time after the date", "March 12, 2024 5:05 AM ET", "2024-03-12"},
		{"a time with at", "March 12, 2024 at 5:05 pm", "2024-03-12"},
		{"a weekday and a time in the Guardian's way", "Tuesday 12 March 2024 10.32 GMT", "2024-03-12"},
		{"updated with the time first", "Updated 10:32 AM EST, Tue March 12, 2024", "2024-03-12"},
		{"a zone after a comma", "12 Mar 2024, 10:32 IST", "2024-03-12"},
		{"a published line", "Published 10:32 AM GMT+8, Tue March 12, 2024", "2024-03-12"},
		{"the first of two dates", "Published March 12, 2024 Updated March 13, 2024", "2024-03-12"},
		{"figures with the day over twelve", "13/03/2024", "2024-03-13"},
		{"figures the American way", "03/13/2024", "2024-03-13"},
		{"figures with dots", "13.03.2024", "2024-03-13"},
		{"figures that could be either order", "04/03/2024", ""},
		{"either order under a British zone", "Last updated: 04/03/2024 08:39 BST", "2024-03-04"},
		{"either order under a European zone", "Aktualisiert 04/03/2024, 10:15 CET", "2024-03-04"},
		{"either order under an American zone", "Updated 04/03/2024 8:39 AM EDT", "2024-04-03"},
		{"either order under the short American zone", "04/03/2024 8:39 a.m. ET", "2024-04-03"},
		{"either order without a zone", "Last updated: 04/03/2024 08:39", ""},
		{"either order under zones of both ways", "04/03/2024 8:39 AM EDT (13:39 BST)", ""},
		{"iso without seconds or zone letters", "2024-3-12", "2024-03-12"},
		{"a month and a year only", "March 2024", ""},
		{"rfc3339 with an offset and no colon", "2026-12-04T10:31:00+0100", "2026-12-04"},
		{"a zone name after a sql timestamp", "2026-12-04 10:31:00 UTC", "2026-12-04"},
		{"an offset with a colon after a sql timestamp", "2026-12-04 10:31:00+00:00", "2026-12-04"},
		{"microseconds", "2026-12-04T10:31:00.123456", "2026-12-04"},
		{"a zone in brackets after the offset", "2026-12-04T10:31:00+01:00[Europe/Paris]", "2026-12-04"},
		{"minutes and Z", "2026-12-04T10:31Z", "2026-12-04"},
		{"rfc1123 with a zone letters", "Fri, 4 Dec 2026 10:31:00 EST", "2026-12-04"},
		{"javascript's Date", "Fri Dec 04 2026 10:31:00 GMT+0000 (Coordinated Universal Time)", "2026-12-04"},
		{"an abbreviated month with a dot", "Dec. 4, 2026", "2026-12-04"},
		{"a day before a month in words", "4 December 2026", "2026-12-04"},
		{"a day before an abbreviated month with a dot", "4 Dec. 2026", "2026-12-04"},
		{"a day, a month, a comma and the year", "4 December, 2026", "2026-12-04"},
		{"a day with a leading zero", "December 04, 2026", "2026-12-04"},
		{"an ordinal and a comma", "December 4th, 2026", "2026-12-04"},
		{"a weekday without a comma", "Friday December 4 2026", "2026-12-04"},
		{"a weekday and a time after", "Friday, December 4, 2026 10:31 AM", "2026-12-04"},
		{"a time with at and dotted a.m.", "December 4, 2026 at 10:31 a.m. EST", "2026-12-04"},
		{"a time with dotted a.m. and a zone", "Dec. 4, 2026 10:31 a.m. ET", "2026-12-04"},
		{"CNN's updated line", "Updated 10:31 AM EST, Fri December 4, 2026", "2026-12-04"},
		{"a slash before the time", "Dec 4, 2026 / 10:31 AM", "2026-12-04"},
		{"a dash before the time", "Fri, December 4, 2026 - 10:31", "2026-12-04"},
		{"a weekday, a day, a month and a zone", "Friday, 4 December 2026, 10:31 CET", "2026-12-04"},
		{"a day and a month with a time and zone", "04 December 2026 10:31 AM IST", "2026-12-04"},
		{"the Daily Mail's published line", "PUBLISHED: 10:31 EST, 4 December 2026 | UPDATED: 11:02 EST, 5 December 2026", "2026-12-04"},
		{"a blog's posted on line", "Posted on December 4, 2026 by Admin", "2026-12-04"},
		{"a day, an abbreviated month and a year with hyphens", "4-Dec-2026", "2026-12-04"},
		{"unix seconds with a fraction", "1796379060.5", "2026-12-04"},
		{"unix milliseconds of Friday", "1796379060123", "2026-12-04"},
		{"unix microseconds", "1796379060123456", "2026-12-04"},
		{"a number too long for any unit", "17963790601234", ""},
		{"GDELT's compact timestamp", "20261204T103100Z", "2026-12-04"},
		{"a compact timestamp in figures", "20261204103100", "2026-12-04"},
		{"figures with dots put the day first", "4.12.2026", "2026-12-04"},
		{"figures with dots and the day over twelve second", "12.13.2026", "2026-12-13"},
		{"figures with slashes that could be either order", "4/12/2026", ""},
		{"a day, an abbreviated month and a year with slashes", "04/Dec/2026:10:31:00 +0000", "2026-12-04"},
		{"a day, an abbreviated month and a two-digit year", "4-Dec-26", "2026-12-04"},
		{"a two-digit year of the last century", "4-Dec-98", "1998-12-04"},
		{"a joined month with a time after", "04-Dec-2026 10:31", "2026-12-04"},
		{"a joined word that names no month", "04-Decision-2026", ""},
		{"the Chinese and Japanese signs", "2026年12月4日", "2026-12-04"},
		{"the Chinese signs with a time", "2026年12月4日 10:31", "2026-12-04"},
		{"the Chinese signs with an impossible day", "2026年2月30日", ""},
		{"a sentence is no timestamp", "The two leaders last met on March 12, 2024 in Vienna and agreed to meet again soon after that", ""},
	}
	runStringCases(t, "Parse", dates.Parse, cases)
}

func TestMonthNumber(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"January", 1, true}, {"jan", 1, true}, {"SEPT", 9, true}, {"May", 5, true},
		{"Dec", 12, true}, {"Mayday", 0, false}, {"", 0, false},
		// past the room for a word, and beyond ASCII: lowered as strings.ToLower does
		{"Decemberdecemberdecember", 0, false}, {"APR\u0130L", 4, true}, {"Augu\u017ft", 0, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := dates.MonthNumber(c.in)
			if got != c.want || ok != c.ok {
				t.Errorf("MonthNumber(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
			}
		})
	}
}

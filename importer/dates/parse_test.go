package dates_test

import (
	"testing"

	"hotline/importer/dates"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
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
		{"iso without seconds or zone letters", "2024-3-12", "2024-03-12"},
		{"a month and a year only", "March 2024", ""},
		{"a sentence is no timestamp", "The two leaders last met on March 12, 2024 in Vienna and agreed to meet again soon after that", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := dates.Parse(c.in); got != c.want {
				t.Errorf("Parse(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestMonthNumber(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"January", 1, true}, {"jan", 1, true}, {"SEPT", 9, true}, {"May", 5, true},
		{"Dec", 12, true}, {"Mayday", 0, false}, {"", 0, false},
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

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

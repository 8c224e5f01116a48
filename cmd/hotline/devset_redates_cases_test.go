package main_test

import (
	"testing"
	"time"
)

// day parses a YYYY-MM-DD day of the rewrites' cases.
func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestWeekdayArithmetic holds the day sums the rewrites stand on across the ends of
// months and years and over leap days: the last weekday before a day, the Monday of its
// week, the day of a weekday told ahead.
func TestWeekdayArithmetic(t *testing.T) {
	for _, tc := range []struct {
		name, day string
		w         time.Weekday
		back      int
		monday    string
		ahead     string // the next w after day
	}{
		{"same weekday", "2024-03-13", time.Wednesday, 0, "2024-03-11", "2024-03-13"},
		{"across a month's end", "2024-04-02", time.Saturday, 3, "2024-04-01", "2024-04-06"},
		{"across a year's end", "2025-01-01", time.Monday, 2, "2024-12-30", "2025-01-06"},
		{"over a leap day", "2024-03-01", time.Wednesday, 2, "2024-02-26", "2024-03-06"},
		{"onto a leap day", "2024-02-27", time.Thursday, 5, "2024-02-26", "2024-02-29"},
		{"a Sunday closes its week", "2023-12-31", time.Monday, 6, "2023-12-25", "2024-01-01"},
		{"no leap day in a century year", "2100-03-01", time.Sunday, 1, "2100-03-01", "2100-03-07"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := day(t, tc.day)
			if got := daysBack(d, tc.w); got != tc.back {
				t.Errorf("daysBack(%s, %s) = %d, want %d", tc.day, tc.w, got, tc.back)
			}
			if got := mondayOf(d).Format(time.DateOnly); got != tc.monday {
				t.Errorf("mondayOf(%s) = %s, want %s", tc.day, got, tc.monday)
			}
			if got := dayOfWeekday(d, tc.w, "He will travel on", nil).Format(time.DateOnly); got != tc.ahead {
				t.Errorf("dayOfWeekday(%s, %s) ahead = %s, want %s", tc.day, tc.w, got, tc.ahead)
			}
		})
	}
}

// TestToldLater rewrites made-up copy published later, each day still the same: "today"
// becomes "yesterday" or a weekday, "N days ago" counts on, a weekday stays while it is
// within six days, and what cannot stay true leaves the story out.
func TestToldLater(t *testing.T) {
	const wed = "2024-02-28" // a Wednesday, the day before a leap day
	for _, tc := range []struct {
		name, text, day string
		later           int
		want            string
		ok              bool
	}{
		{"today a day later", "Foreign Minister Ana Kovac met her Slovenian counterpart today.", wed, 1, "Foreign Minister Ana Kovac met her Slovenian counterpart yesterday.", true},
		{"today two days later", "Today, Kovac met Zupan in Ljubljana.", wed, 2, "On Wednesday, Kovac met Zupan in Ljubljana.", true},
		{"yesterday", "Kovac spoke with Zupan by phone yesterday.", wed, 1, "Kovac spoke with Zupan by phone on Tuesday.", true},
		{"parts of the day", "Kovac met Zupan this morning and dined with him tonight.", wed, 1, "Kovac met Zupan on Wednesday morning and dined with him on Wednesday night.", true},
		{"a possessive today", "Today's talks between Kovac and Zupan ran late.", wed, 2, "Wednesday's talks between Kovac and Zupan ran late.", true},
		{"a paper named Today", "Kovac told USA Today she met Zupan.", wed, 1, "Kovac told USA Today she met Zupan.", true},
		{"days ago count on", "Kovac met Zupan 10 days ago.", wed, 2, "Kovac met Zupan 12 days ago.", true},
		{"a weekday within six days", "Kovac met Zupan on Monday.", wed, 2, "Kovac met Zupan on Monday.", true},
		{"a weekday too far back", "Kovac met Zupan on Thursday.", wed, 1, "", false},
		{"a weekday told ahead now past", "Kovac is due to meet Zupan on Wednesday.", wed, 1, "", false},
		{"a weekday still ahead", "Kovac will meet Zupan on Saturday.", wed, 2, "Kovac will meet Zupan on Saturday.", true},
		{"later today", "Kovac will meet Zupan later today.", wed, 1, "", false},
		{"tomorrow a day later", "Kovac will meet Zupan tomorrow.", wed, 1, "Kovac will meet Zupan today.", true},
		{"this week within the week", "Kovac met Zupan twice this week.", wed, 2, "Kovac met Zupan twice this week.", true},
		{"this week across a Monday", "Kovac met Zupan twice this week.", "2024-03-03", 1, "", false},
		{"this month across a leap day's month end", "Kovac met Zupan earlier this month.", "2024-02-29", 1, "", false},
		{"last year across New Year", "Kovac first met Zupan last year.", "2024-12-31", 1, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := toldLater(tc.text, day(t, tc.day), tc.later)
			if ok != tc.ok || ok && got != tc.want {
				t.Errorf("toldLater(%q, %s, %d) = %q, %v; want %q, %v", tc.text, tc.day, tc.later, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestWeekdaysNamed names the days of made-up copy's "today", "yesterday" and "tomorrow"
// by their weekdays, told the same day and a day later, across a month's end.
func TestWeekdaysNamed(t *testing.T) {
	const sun = "2024-03-31" // a Sunday, the last day of a month
	for _, tc := range []struct {
		name, text string
		later      int
		want       string
	}{
		{"today the same day", "Kovac met Zupan today.", 0, "Kovac met Zupan on Sunday."},
		{"yesterday the same day", "Yesterday, Kovac phoned Zupan.", 0, "On Saturday, Kovac phoned Zupan."},
		{"tomorrow the same day", "Kovac will meet Zupan tomorrow.", 0, "Kovac will meet Zupan on Monday."},
		{"later today stays", "Kovac will meet Zupan later today.", 0, "Kovac will meet Zupan later today."},
		{"today a day later", "Kovac met Zupan today.", 1, "Kovac met Zupan on Sunday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := toldLaterAs(tc.text, day(t, sun), tc.later, true)
			if !ok || got != tc.want {
				t.Errorf("toldLaterAs(%q, %d) = %q, %v; want %q", tc.text, tc.later, got, ok, tc.want)
			}
		})
	}
}

// TestOnWeekdays prints made-up copy's weekdays with "on" before them and without.
func TestOnWeekdays(t *testing.T) {
	for _, tc := range []struct {
		name, text, with, without string
	}{
		{"after an object", "Kovac met Zupan Monday in Ljubljana.", "Kovac met Zupan on Monday in Ljubljana.", "Kovac met Zupan Monday in Ljubljana."},
		{"after a verb", "Kovac said on Tuesday she met Zupan.", "Kovac said on Tuesday she met Zupan.", "Kovac said Tuesday she met Zupan."},
		{"a fronted day keeps its on", "On Monday, Kovac met Zupan.", "On Monday, Kovac met Zupan.", "On Monday, Kovac met Zupan."},
		{"late and since stay", "Kovac met Zupan late Monday, the first talks since Friday.", "Kovac met Zupan late Monday, the first talks since Friday.", "Kovac met Zupan late Monday, the first talks since Friday."},
		{"a possessive stays", "Kovac recalled Monday's talks.", "Kovac recalled Monday's talks.", "Kovac recalled Monday's talks."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			on, _ := onWeekdays(true)(storyFile{body: tc.text}, time.Time{}, nil)
			off, _ := onWeekdays(false)(storyFile{body: tc.text}, time.Time{}, nil)
			if on.body != tc.with || off.body != tc.without {
				t.Errorf("with on %q, without %q; want %q, %q", on.body, off.body, tc.with, tc.without)
			}
		})
	}
}

// TestWeekdaysAsNear names made-up copy's weekdays of the day and the day before "today"
// and "yesterday", in a paper of Monday whose yesterday is of the month before.
func TestWeekdaysAsNear(t *testing.T) {
	const mon = "2024-07-01" // a Monday, the first of a month
	for _, tc := range []struct{ name, text, want string }{
		{"the day itself", "Kovac met Zupan on Monday.", "Kovac met Zupan today."},
		{"the day before", "On Sunday, Kovac phoned Zupan.", "Yesterday, Kovac phoned Zupan."},
		{"a bare weekday", "Kovac said Sunday she met Zupan.", "Kovac said yesterday she met Zupan."},
		{"further back stays", "Kovac met Zupan on Friday.", "Kovac met Zupan on Friday."},
		{"told ahead stays", "Kovac will meet Zupan on Sunday.", "Kovac will meet Zupan on Sunday."},
		{"a part of the day stays", "Kovac met Zupan on Sunday night.", "Kovac met Zupan on Sunday night."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := weekdaysAsNear(tc.text, day(t, mon), nil); got != tc.want {
				t.Errorf("weekdaysAsNear(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPartsOfDay tells made-up copy's weekdays with a part of the day.
func TestPartsOfDay(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"on a weekday", "Kovac met Zupan on Monday in Ljubljana.", "Kovac met Zupan on Monday evening in Ljubljana."},
		{"a bare weekday", "Kovac said Monday she met Zupan.", "Kovac said late Monday she met Zupan."},
		{"a part of the day told", "Kovac met Zupan on Monday night.", "Kovac met Zupan on Monday night."},
		{"a possessive", "Monday's talks ran late.", "Monday's talks ran late."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := partsOfDay(tc.text); got != tc.want {
				t.Errorf("partsOfDay(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestWeekdaysAsDates names made-up copy's weekdays by their dates in US and British style,
// with and without the year, across a year's end; a weekday told ahead is the next one.
func TestWeekdaysAsDates(t *testing.T) {
	const thu = "2025-01-02" // a Thursday
	us, usYear := calendarStyle{}, calendarStyle{year: true}
	uk, ukYear := calendarStyle{british: true}, calendarStyle{british: true, year: true}
	for _, tc := range []struct {
		name, text string
		style      calendarStyle
		want       string
	}{
		{"US", "Kovac met Zupan on Monday.", us, "Kovac met Zupan on December 30."},
		{"AP with the year", "Kovac met Zupan Tuesday in Ljubljana.", usYear, "Kovac met Zupan Dec. 31, 2024, in Ljubljana."},
		{"British", "Kovac met Zupan on Monday.", uk, "Kovac met Zupan on 30 December."},
		{"ordinal", "Kovac met Zupan on Monday.", calendarStyle{ordinal: true}, "Kovac met Zupan on December 30th."},
		{"British ordinal", "Kovac met Zupan on Wednesday.", calendarStyle{british: true, ordinal: true}, "Kovac met Zupan on 1st January."},
		{"British adds the on", "Kovac met Zupan Tuesday.", ukYear, "Kovac met Zupan on 31 December 2024."},
		{"the day itself", "On Thursday, Kovac phoned Zupan.", us, "On January 2, Kovac phoned Zupan."},
		{"told ahead", "Kovac will meet Zupan on Saturday.", uk, "Kovac will meet Zupan on 4 January."},
		{"a part of the day", "Kovac met Zupan late Wednesday night.", us, "Kovac met Zupan late on the night of January 1."},
		{"a possessive stays", "Wednesday's talks ran late.", us, "Wednesday's talks ran late."},
		{"bracketed", "Kovac met Zupan on Monday.", calendarStyle{bracketed: true}, "Kovac met Zupan on Monday (Dec 30)."},
		{"bracketed with a part of the day", "Kovac met Zupan late on Tuesday night.", calendarStyle{bracketed: true}, "Kovac met Zupan late on Tuesday night (Dec 31)."},
		{"a weekday with its date stays", "Kovac met Zupan on Monday, Dec. 30.", us, "Kovac met Zupan on Monday, Dec. 30."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := weekdaysAsDates(tc.text, day(t, thu), tc.style, nil); got != tc.want {
				t.Errorf("weekdaysAsDates(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestDatesAsWeekdays names made-up copy's dates of the six days up to the story day by
// their weekdays, over a leap day; older dates, dates ahead and other years stay.
func TestDatesAsWeekdays(t *testing.T) {
	const fri = "2024-03-01" // a Friday, the day after a leap day
	for _, tc := range []struct {
		name, text, want string
	}{
		{"US", "Kovac met Zupan on Feb. 29.", "Kovac met Zupan on Thursday."},
		{"British with the year", "Kovac met Zupan on 26 February 2024.", "Kovac met Zupan on Monday."},
		{"the weekday before it", "Kovac met Zupan on Tuesday, February 27, 2024.", "Kovac met Zupan on Tuesday."},
		{"a date in brackets", "Kovac met Zupan on Wednesday (Feb 28).", "Kovac met Zupan on Wednesday."},
		{"a week back stays", "Kovac met Zupan on February 23.", "Kovac met Zupan on February 23."},
		{"ahead stays", "Kovac will meet Zupan on March 4.", "Kovac will meet Zupan on March 4."},
		{"another year stays", "Kovac met Zupan on 29 February 2020.", "Kovac met Zupan on 29 February 2020."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := datesAsWeekdays(tc.text, day(t, fri)); got != tc.want {
				t.Errorf("datesAsWeekdays(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestMovedDay moves the day of made-up sentences to the front, after the object and
// after the place, and leaves sentences a move would change the sense of.
func TestMovedDay(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		place      datePlace
		want       string // "" when the sentence must stay
	}{
		{"fronted from the end", "Kovac met Slovenian Prime Minister Marko Zupan in Ljubljana on Monday.", dateFronted, "On Monday, Kovac met Slovenian Prime Minister Marko Zupan in Ljubljana."},
		{"fronted from after the subject", "The minister on Monday held talks with her Slovenian counterpart.", dateFronted, "On Monday, the minister held talks with her Slovenian counterpart."},
		{"after the object from the front", "On Monday, Kovac met Marko Zupan in Ljubljana.", dateAfterObject, "Kovac met Marko Zupan on Monday in Ljubljana."},
		{"after the place from the object", "Kovac met Marko Zupan on Monday night in Ljubljana.", dateAfterPlace, "Kovac met Marko Zupan in Ljubljana on Monday night."},
		{"after the object keeps a comma after the day", "Kovac met Slovenian officials Tuesday, a visit that lasted an hour.", dateAfterObject, "Kovac met Slovenian officials on Tuesday, a visit that lasted an hour."},
		{"no place to put it after", "Kovac met Marko Zupan on Monday.", dateAfterPlace, ""},
		{"speech may own the day", "The ministry said Kovac met Marko Zupan on Monday.", dateFronted, ""},
		{"another verb's day", "Kovac landed in Ljubljana on Monday and met Marko Zupan.", dateAfterObject, ""},
		{"a coordinated object", "Kovac met Marko Zupan and other leaders on Monday.", dateAfterObject, ""},
		{"a possessive day", "Monday's talks between Kovac and Zupan ran late.", dateFronted, ""},
		{"an appeal, not a call", "Kovac called on Slovenia on Monday to act.", dateFronted, ""},
		{"a dateline opens the lede", "LJUBLJANA Kovac met Marko Zupan on Monday.", dateFronted, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := movedDay(tc.text, tc.place)
			if want := tc.want != ""; ok != want || ok && got != tc.want {
				t.Errorf("movedDay(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
			}
		})
	}
}

// TestWithDateline puts a dated wire dateline on made-up copy's lede: its own place kept,
// none where it had none; headlines and short lines are no lede.
func TestWithDateline(t *testing.T) {
	lede := "Croatian Foreign Minister Ana Kovac met her Slovenian counterpart on Monday to discuss border controls and energy."
	for _, tc := range []struct {
		name, body string
		year       bool
		want       string
	}{
		{"no dateline", "Kovac in Ljubljana\n\n" + lede, false, "Kovac in Ljubljana\n\nJune 3 (Reuters) - " + lede},
		{"a place in capitals", "LJUBLJANA - " + lede, true, "LJUBLJANA, June 3, 2024 (Reuters) - " + lede},
		{"a place and an agency", "Ljubljana, Slovenia (CNN) -- " + lede, false, "LJUBLJANA, June 3 (Reuters) - " + lede},
		{"a dated dateline", "LJUBLJANA, June 3 (Xinhua) -- " + lede, false, "LJUBLJANA, June 3 (Reuters) - " + lede},
		{"a place with no dash", "LJUBLJANA " + lede, false, "LJUBLJANA, June 3 (Reuters) - " + lede},
		{"an agency alone", "(CNN) -- " + lede, false, "June 3 (Reuters) - " + lede},
		{"a hyphen in a word is no dash", "Ex-minister " + lede, false, "June 3 (Reuters) - Ex-minister " + lede},
	} {
		t.Run(tc.name, func(t *testing.T) {
			date := "June 3"
			if tc.year {
				date = "June 3, 2024"
			}
			if got := withDateline(tc.body, date); got != tc.want {
				t.Errorf("withDateline(%q) = %q, want %q", tc.body, got, tc.want)
			}
		})
	}
}

package dates_test

import (
	"testing"
	"time"

	"hotline/importer/dates"
)

// only finds the single expression of text, failing the test otherwise.
func only(tb testing.TB, f *dates.Finder, text string) dates.Expr {
	tb.Helper()
	found := f.Find(text)
	if len(found) != 1 {
		tb.Fatalf("Find(%q) = %s, want one expression", text, describe(found))
	}
	return found[0]
}

// TestResolveWeekdays checks every weekday in every direction against a publication date
// on Wednesday 2022-02-09.
func TestResolveWeekdays(t *testing.T) {
	const pub = "2022-02-09"            // a Wednesday
	want := map[time.Weekday][4]string{ // Past, Future, Unknown, Arranged
		time.Sunday:    {"2022-02-06", "2022-02-13", "2022-02-06", "2022-02-13"},
		time.Monday:    {"2022-02-07", "2022-02-14", "2022-02-07", "2022-02-14"},
		time.Tuesday:   {"2022-02-08", "2022-02-15", "2022-02-08", "2022-02-08"},
		time.Wednesday: {"2022-02-09", "2022-02-09", "2022-02-09", "2022-02-09"},
		time.Thursday:  {"2022-02-03", "2022-02-10", "2022-02-10", "2022-02-10"},
		time.Friday:    {"2022-02-04", "2022-02-11", "2022-02-11", "2022-02-11"},
		time.Saturday:  {"2022-02-05", "2022-02-12", "2022-02-12", "2022-02-12"},
	}
	f := dates.NewFinder()
	for wd, w := range want {
		e := only(t, f, "They spoke on "+wd.String()+".")
		for i, dir := range []dates.Direction{dates.Past, dates.Future, dates.Unknown, dates.Arranged} {
			t.Run(wd.String()+"/"+[]string{"past", "future", "unknown", "arranged"}[i], func(t *testing.T) {
				if got := dates.Resolve(e, pub, dir); got != w[i] {
					t.Errorf("Resolve(%s, %s, %v) = %s, want %s", wd, pub, dir, got, w[i])
				}
			})
		}
	}
}

func TestResolve(t *testing.T) {
	cases := []struct {
		name, text, pub string
		dir             dates.Direction
		want            string
	}{
		{"guideline: Tuesday in a Tuesday article", "will speak on Tuesday", "2022-02-01", dates.Future, "2022-02-01"},
		{"guideline: Saturday in a Friday article", "will speak on Saturday", "2022-02-11", dates.Future, "2022-02-12"},
		{"Monday before a Tuesday article", "said Monday", "2022-02-01", dates.Past, "2022-01-31"},
		{"weekday across a month end", "met on Sunday", "2022-03-02", dates.Past, "2022-02-27"},
		{"weekday across a year end", "will meet on Monday", "2021-12-30", dates.Future, "2022-01-03"},
		{"capitalised last weekday on that weekday", "Last Tuesday, they met", "2022-02-01", dates.Past, "2022-01-25"},
		{"last weekday on that weekday", "met last Tuesday", "2022-02-01", dates.Past, "2022-01-25"},
		{"next weekday on that weekday", "meet next Tuesday", "2022-02-01", dates.Future, "2022-02-08"},
		{"last weekday", "met last Friday", "2022-02-01", dates.Unknown, "2022-01-28"},
		{"day month same year", "met on Jan. 21", "2022-02-01", dates.Past, "2022-01-21"},
		{"day month past rolls back a year", "met on Dec. 20", "2022-01-05", dates.Past, "2021-12-20"},
		{"day month future rolls on a year", "will meet on Jan. 10", "2021-12-20", dates.Future, "2022-01-10"},
		{"day month future same year", "will meet on March 3", "2022-02-01", dates.Future, "2022-03-03"},
		{"day month days after publication keeps the year", "met on March 16", "2022-03-14", dates.Past, "2022-03-16"},
		{"day month weeks after publication in the past is last year's", "met on March 30", "2022-03-14", dates.Past, "2021-03-30"},
		{"day month days before publication keeps the year", "will meet on March 10", "2022-03-14", dates.Future, "2022-03-10"},
		{"day month weeks before publication in the future is next year's", "will meet on Feb. 20", "2022-03-14", dates.Future, "2023-02-20"},
		{"day month on publication day", "meets on Feb. 1", "2022-02-01", dates.Past, "2022-02-01"},
		{"day month unknown takes the nearest", "on Dec. 28", "2022-01-05", dates.Unknown, "2021-12-28"},
		{"a weekday told with the day picks its year", "met on Friday, Jan. 3", "2024-12-30", dates.Past, "2025-01-03"},
		{"a weekday told with the day of the year picked", "met on Thursday, Jan. 2", "2025-01-05", dates.Past, "2025-01-02"},
		{"a weekday misprinted by a day moves no year", "met on Wednesday, March 3", "2026-03-04", dates.Past, "2026-03-03"},
		{"a weekday told with a day of a year given", "met on Friday, Jan. 3, 2024", "2024-12-30", dates.Past, "2024-01-03"},
		{"day month unknown same year", "on March 3", "2022-02-01", dates.Unknown, "2022-03-03"},
		{"explicit year kept", "met on Jan 21, 2020", "2022-02-01", dates.Future, "2020-01-21"},
		{"explicit year without publication", "met on 21 January 2020", "", dates.Past, "2020-01-21"},
		{"iso date", "on 2022-02-01", "", dates.Unknown, "2022-02-01"},
		{"Feb 29 in a leap year", "met on Feb. 29", "2024-03-05", dates.Past, "2024-02-29"},
		{"Feb 29 that does not exist", "met on Feb. 29", "2022-03-05", dates.Past, ""},
		{"month same year", "met in January", "2022-10-12", dates.Past, "2022-01"},
		{"month past rolls back", "met in November", "2022-02-01", dates.Past, "2021-11"},
		{"month future rolls on", "will meet in January", "2022-10-12", dates.Future, "2023-01"},
		{"month of publication", "met in October", "2022-10-12", dates.Past, "2022-10"},
		{"month unknown nearest", "the summit in mid-November", "2022-10-12", dates.Unknown, "2022-11"},
		{"month unknown nearest across year", "in December", "2022-01-20", dates.Unknown, "2021-12"},
		{"last month name", "met last September", "2022-10-12", dates.Unknown, "2022-09"},
		{"last month name of publication month", "met last October", "2022-10-12", dates.Unknown, "2021-10"},
		{"next month name", "meet next March", "2022-10-12", dates.Unknown, "2023-03"},
		{"month this year", "met in January this year", "2022-10-12", dates.Future, "2022-01"},
		{"month last year", "met in March last year", "2022-10-12", dates.Unknown, "2021-03"},
		{"month with year", "met in July 2021", "2022-10-12", dates.Future, "2021-07"},
		{"yesterday", "spoke yesterday", "2022-03-01", dates.Past, "2022-02-28"},
		{"overnight is the night before", "spoke overnight", "2022-03-01", dates.Past, "2022-02-28"},
		{"a holiday of last year in January", "spoke on New Year's Eve", "2025-01-02", dates.Past, "2024-12-31"},
		{"a holiday ahead", "will speak on Christmas Day", "2024-12-20", dates.Future, "2024-12-25"},
		{"a year alone names no day", "met in 2019", "2022-03-01", dates.Past, ""},
		{"last year names no day", "met last year", "2022-03-01", dates.Past, ""},
		{"today", "speak today", "2022-03-01", dates.Future, "2022-03-01"},
		{"this morning", "met this morning", "2022-03-01", dates.Past, "2022-03-01"},
		{"tomorrow", "speak tomorrow", "2022-12-31", dates.Future, "2023-01-01"},
		{"days ago", "spoke three days ago", "2022-03-01", dates.Past, "2022-02-26"},
		{"earlier this month", "met earlier this month", "2022-03-20", dates.Past, "2022-03"},
		{"last month", "met last month", "2022-01-20", dates.Past, "2021-12"},
		{"last week is not a day", "met last week", "2022-01-20", dates.Past, ""},
		{"weeks ago are seven days each", "met two weeks ago", "2022-01-20", dates.Past, "2022-01-06"},
		{"weekday without publication", "met on Tuesday", "", dates.Past, ""},
		{"day month without publication", "met on Jan. 21", "", dates.Past, ""},
		{"month without publication", "met in January", "", dates.Past, ""},
		{"relative without publication", "met yesterday", "", dates.Past, ""},
		{"later in the day is the publication day", "Later in the day they met", "2022-03-01", dates.Past, "2022-03-01"},
		{"the next day needs the day told before", "The next day they met", "2022-03-01", dates.Past, ""},
		{"bad publication date", "met on Tuesday", "Feb 1", dates.Past, ""},
		{"figures with the day over twelve", "met on 13/03/2024", "", dates.Past, "2024-03-13"},
		{"figures the American way", "met on 3/13/2024", "", dates.Past, "2024-03-13"},
		{"figures with dots", "met on 13.03.2024", "", dates.Past, "2024-03-13"},
		{"figures with dots put the day first", "met on 4.3.2024", "", dates.Past, "2024-03-04"},
		{"figures with day and month alike", "met on 3/3/2024", "", dates.Past, "2024-03-03"},
		{"figures that could be either order", "met on 4/3/2024", "2024-04-10", dates.Past, ""},
		{"figures held whose other order is weeks ahead", "met on 4/3/2025", "2025-03-05", dates.Past, "2025-03-04"},
		{"figures held whose other order is weeks ahead, the month first", "met on 3/4/2025", "2025-03-05", dates.Past, "2025-03-04"},
		{"figures planned whose other order is weeks past", "will meet on 4/5/2025", "2025-04-20", dates.Future, "2025-05-04"},
		{"figures both orders days around publication", "met on 4/3/2025", "2025-03-30", dates.Past, ""},
		{"figures both orders past", "met on 1/2/2025", "2025-03-05", dates.Past, ""},
		{"figures with no tense", "on 4/3/2025", "2025-03-05", dates.Unknown, ""},
		{"figures of another year", "met on 4/3/2024", "2025-03-05", dates.Past, ""},
		{"a span of days is its month", "met from 20 to 22 December", "2003-01-05", dates.Past, "2002-12"},
		{"a span with its year", "met on 12-13 March 2024", "", dates.Past, "2024-03"},
		{"the end of the month is this month", "will meet at the end of the month", "2022-01-20", dates.Future, "2022-01"},
		{"over the weekend is not a day", "spoke over the weekend", "2022-01-20", dates.Past, ""},
		{"a span of weekdays is no day", "held talks from Friday to Sunday", "2022-01-20", dates.Past, ""},
		{"a plan told in the past for a day long past", "had been scheduled to meet on Nov. 20", "2026-12-04", dates.Arranged, "2026-11-20"},
		{"a plan told in the past for a day of next year", "were due to meet on Jan. 10", "2026-12-28", dates.Arranged, "2027-01-10"},
		{"a plan told in the future for a day long past is next year's", "will meet on Nov. 20", "2026-12-04", dates.Future, "2027-11-20"},
		{"a plan told in the past for a month just past", "was due to visit in November", "2026-12-04", dates.Arranged, "2026-11"},
		{"a day of a month last year", "met on December 4 last year", "2026-12-04", dates.Past, "2025-12-04"},
		{"a day before its month last year", "met on 4 December last year", "2026-12-04", dates.Past, "2025-12-04"},
		{"a day of a month this year told after it", "met on March 3 this year", "2027-01-05", dates.Past, "2027-03-03"},
		{"a day of a month next year", "will meet on Jan. 10 next year", "2026-03-01", dates.Future, "2027-01-10"},
		{"a year word that begins another phrase", "met on December 4 last yearly review", "2026-12-10", dates.Past, "2026-12-04"},
		// across the ends of months and years and over leap days, where day sums go wrong first
		{"yesterday across a year end", "met yesterday", "2025-01-01", dates.Past, "2024-12-31"},
		{"yesterday onto a leap day", "met yesterday", "2024-03-01", dates.Past, "2024-02-29"},
		{"yesterday across February's end in a common year", "met yesterday", "2023-03-01", dates.Past, "2023-02-28"},
		{"last night across a month end", "met last night", "2024-05-01", dates.Past, "2024-04-30"},
		{"tomorrow from a leap day", "will meet tomorrow", "2024-02-29", dates.Future, "2024-03-01"},
		{"days ago over a leap day", "met three days ago", "2024-03-02", dates.Past, "2024-02-28"},
		{"days ago across a year end", "met 10 days ago", "2025-01-05", dates.Past, "2024-12-26"},
		{"a weekday onto a leap day", "met on Thursday", "2024-03-01", dates.Past, "2024-02-29"},
		{"a weekday over a leap day", "met on Wednesday", "2024-03-01", dates.Past, "2024-02-28"},
		{"a weekday across a year end", "met on Saturday", "2025-01-02", dates.Past, "2024-12-28"},
		{"a weekday ahead onto a leap day", "will meet on Thursday", "2024-02-26", dates.Future, "2024-02-29"},
		{"a weekday ahead across a year end", "will meet on Friday", "2024-12-30", dates.Future, "2025-01-03"},
		{"a day of the old year told in January", "met on December 31", "2025-01-02", dates.Past, "2024-12-31"},
		{"a day of the new year told in December", "will meet on Jan. 2", "2024-12-30", dates.Future, "2025-01-02"},
		{"a leap day told in March", "met on 29 February", "2024-03-01", dates.Past, "2024-02-29"},
		{"last month in January", "met last month", "2025-01-03", dates.Past, "2024-12"},
		{"next month in December", "will meet next month", "2024-12-30", dates.Future, "2025-01"},
		{"a week ago over a leap day", "met a week ago", "2024-03-04", dates.Past, "2024-02-26"},
	}
	f := dates.NewFinder()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := only(t, f, c.text)
			if got := dates.Resolve(e, c.pub, c.dir); got != c.want {
				t.Errorf("Resolve(%q, %q, %v) = %q, want %q", e.Text, c.pub, c.dir, got, c.want)
			}
		})
	}
}

// TestFromDay counts days told before from the day they refer to.
func TestFromDay(t *testing.T) {
	f := dates.NewFinder()
	for _, c := range []struct{ text, day, want string }{
		{"Later that day they met", "2022-02-28", "2022-02-28"},
		{"The next day they met", "2022-02-28", "2022-03-01"},
		{"The previous day they met", "2022-03-01", "2022-02-28"},
		{"Three days later they met", "2021-12-30", "2022-01-02"},
		{"A week later they met", "2022-02-24", "2022-03-03"},
		{"Two weeks earlier they had met", "2022-03-01", "2022-02-15"},
		{"Later that day they met", "Tuesday", ""},
	} {
		if got := dates.FromDay(only(t, f, c.text), c.day); got != c.want {
			t.Errorf("FromDay(%q, %s) = %q, want %q", c.text, c.day, got, c.want)
		}
	}
	if got := dates.FromDay(only(t, f, "on Tuesday"), "2022-03-01"); got != "" {
		t.Errorf("FromDay(weekday) = %q, want none", got)
	}
}

// TestResolveWeekdayLastWeek checks a weekday told of last week ("on Monday last week"):
// the day of the week, from Monday, before the publication's, whatever the nearest such
// day is.
func TestResolveWeekdayLastWeek(t *testing.T) {
	f := dates.NewFinder()
	cases := []struct{ name, text, pub, want string }{
		{"a Monday last week in a Wednesday paper", "They met on Monday last week.", "2022-02-09", "2022-01-31"},
		{"a Friday last week in a Wednesday paper", "They met on Friday last week.", "2022-02-09", "2022-02-04"},
		{"a Wednesday last week in a Wednesday paper", "They met on Wednesday last week.", "2022-02-09", "2022-02-02"},
		{"a Friday last week in a Sunday paper", "They met on Friday last week.", "2022-02-13", "2022-02-04"},
		{"a Sunday last week in a Monday paper", "They met on Sunday last week.", "2022-02-14", "2022-02-13"},
		{"the Monday of last week", "They met on the Monday of last week.", "2022-02-09", "2022-01-31"},
		{"a weekday of the previous week", "They met on Tuesday the previous week.", "2022-02-09", "2022-02-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var e dates.Expr
			for _, g := range f.Find(c.text) {
				if g.Kind == dates.Weekday {
					e = g
				}
			}
			if got := dates.Resolve(e, c.pub, dates.Past); got != c.want {
				t.Errorf("Resolve(%q, %s) = %q, want %q", c.text, c.pub, got, c.want)
			}
		})
	}
}

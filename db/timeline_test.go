package db_test

import (
	"context"
	"testing"
	"time"

	"hotline/db"
)

// TestTimelineBins checks the bars' shape for each period: contiguous, starting on the
// period's first day (Monday for weeks), each ending where the next starts, with the
// series adding up to the bar.
func TestTimelineBins(t *testing.T) {
	r := synthReader(t, 3)
	q := db.TableQuery{Table: "contacts"}
	cases := []struct {
		period db.Period
		layout string
		first  func(time.Time) bool
	}{
		{db.PeriodWeek, time.DateOnly, func(d time.Time) bool { return d.Weekday() == time.Monday }},
		{db.PeriodMonth, "2006-01", func(time.Time) bool { return true }},
		{db.PeriodYear, "2006", func(time.Time) bool { return true }},
	}
	for _, c := range cases {
		t.Run(string(c.period), func(t *testing.T) {
			tl, err := r.Timeline(context.Background(), q, c.period, db.ByStatus)
			if err != nil {
				t.Fatal(err)
			}
			if len(tl.Bins) < 2 || tl.Period != c.period || len(tl.Series) != 4 {
				t.Fatalf("%d bins of %s by %v", len(tl.Bins), tl.Period, tl.Series)
			}
			for i, b := range tl.Bins {
				d, err := time.Parse(c.layout, b.Start)
				if err != nil || !c.first(d) {
					t.Errorf("bin %d starts %q", i, b.Start)
				}
				if i > 0 && tl.Bins[i-1].End != b.Start {
					t.Errorf("bin %d starts %s but the one before ends %s", i, b.Start, tl.Bins[i-1].End)
				}
				sum := 0
				for _, n := range b.Counts {
					sum += n
				}
				if sum != b.Total {
					t.Errorf("bin %s: series add up to %d, total %d", b.Start, sum, b.Total)
				}
			}
		})
	}
}

package db

import (
	"context"
	"fmt"
	"time"
)

// Period is the width of a timeline's bars.
type Period string

// The periods a timeline can count by; "" lets Timeline choose from the span of dates.
const (
	PeriodAuto  Period = ""
	PeriodWeek  Period = "week"
	PeriodMonth Period = "month"
	PeriodYear  Period = "year"
)

// Series is what a timeline's bars are split by.
type Series string

// A timeline splits its bars by the contacts' mode or status.
const (
	ByMode   Series = "mode"
	ByStatus Series = "status"
)

// Values are the values of a series in the order a legend shows them: the schema's CHECK
// lists, so every picture colours a mode the same way.
func (s Series) Values() []string {
	if s == ByStatus {
		return []string{"held", "scheduled", "proposed", "cancelled"}
	}
	return []string{"phone", "video", "meeting", "unspecified"}
}

// maxBins bounds a timeline: a finer period over a long span is refused, not drawn as
// thousands of hairlines.
const maxBins = 600

// Timeline is the number of contacts per period, split by mode or status. Contacts
// without a date are counted in Undated; in weeks, those dated only to a month ("2022-03")
// cannot be placed and are counted in MonthOnly. Neither is silently dropped.
type Timeline struct {
	Table     string   `json:"table"`
	Period    Period   `json:"period"`
	By        Series   `json:"by"`
	Series    []string `json:"series"`
	Bins      []Bin    `json:"bins"`
	Total     int      `json:"total"`
	Undated   int      `json:"undated"`
	MonthOnly int      `json:"month_only"`
	Max       int      `json:"max"` // the largest bin's total
}

// Bin is one bar: the contacts dated from Start (inclusive) to End (exclusive), compared
// as text the way the date filters compare them (date__gte=Start&date__lt=End), with one
// count per value of the timeline's Series.
type Bin struct {
	Start  string `json:"start"`
	End    string `json:"end"`
	Counts []int  `json:"counts"`
	Total  int    `json:"total"`
}

const (
	sqlTimelineByMode   = `SELECT c.date, c.mode, count(*) FROM contacts c WHERE c.id IN (%s) GROUP BY c.date, c.mode`
	sqlTimelineByStatus = `SELECT c.date, c.status, count(*) FROM contacts c WHERE c.id IN (%s) GROUP BY c.date, c.status`
)

// Timeline counts the contacts q selects per period. q's table must be a contact source
// (ContactSources); its filters, search and _through narrow the contacts as on its page.
// The result is shared with other requests of the same file state: do not change it.
func (r *Reader) Timeline(ctx context.Context, q TableQuery, period Period, by Series) (*Timeline, error) {
	ctx, _, sel, done, err := r.selectContacts(ctx, q)
	if err != nil {
		return nil, err
	}
	defer done()
	query := sqlTimelineByMode
	if by == ByStatus {
		query = sqlTimelineByStatus
	} else {
		by = ByMode
	}
	query = fmt.Sprintf(query, sel.sql)
	g, release := r.use(ctx)
	defer release()
	// The timeline is cached with the file's generation (derivedCache), counts and bars
	// alike: the table page of contacts draws it over every matching row, and sorting a
	// million rows' dates into bars costs as much again as the page.
	key := derivedKey("timeline:"+string(period), query, sel.args)
	v, waited, err := r.cached(ctx, g, key, 0, func(ctx context.Context) (any, bool, error) {
		c, err := r.conn(ctx, g)
		if err != nil {
			return nil, false, err
		}
		defer c.Close()
		var counts []dateCount
		err = eachRow(ctx, c, query, sel.args, func(row []any) error {
			d, _ := row[0].(string)
			v, _ := row[1].(string)
			n, _ := row[2].(int64)
			counts = append(counts, dateCount{date: d, value: v, n: int(n)})
			return nil
		})
		if err != nil {
			return nil, false, err
		}
		tl, err := binTimeline(q.Table, counts, period, by)
		return tl, err == nil, err
	})
	if err := r.pictureErr(err, waited, "the timeline of these rows is still being counted"); err != nil {
		return nil, err
	}
	return v.(*Timeline), nil
}

// dateCount is one row of the timeline query: contacts of one date and series value.
type dateCount struct {
	date, value string
	n           int
}

// binTimeline sorts the counts into bars, one per period from the first date to the last
// with empty periods kept, so the bars' spacing is time.
func binTimeline(table string, counts []dateCount, period Period, by Series) (*Timeline, error) {
	tl := &Timeline{Table: table, By: by, Series: by.Values(), Bins: []Bin{}}
	var first, last time.Time
	dayPrecise := true
	for _, dc := range counts {
		tl.Total += dc.n
		t, ok := parseContactDate(dc.date)
		if !ok {
			continue
		}
		if len(dc.date) == 7 {
			dayPrecise = false
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if period == PeriodAuto {
		period = choosePeriod(first, last, dayPrecise)
	}
	tl.Period = period
	if first.IsZero() {
		for _, dc := range counts {
			tl.Undated += dc.n
		}
		return tl, nil
	}
	start := periodStart(first, period)
	index := map[string]int{}
	for t := start; !t.After(last); t = periodNext(t, period) {
		if len(tl.Bins) == maxBins {
			return nil, Errorf(EINVALID, "a timeline by %s from %s to %s would have more than %d bars: choose a longer period", period,
				first.Format(time.DateOnly), last.Format(time.DateOnly), maxBins)
		}
		b := Bin{Start: periodKey(t, period), End: periodKey(periodNext(t, period), period), Counts: make([]int, len(tl.Series))}
		index[b.Start] = len(tl.Bins)
		tl.Bins = append(tl.Bins, b)
	}
	for _, dc := range counts {
		t, ok := parseContactDate(dc.date)
		switch {
		case !ok:
			tl.Undated += dc.n
			continue
		case period == PeriodWeek && len(dc.date) == 7:
			tl.MonthOnly += dc.n
			continue
		}
		b := &tl.Bins[index[periodKey(periodStart(t, period), period)]]
		for i, v := range tl.Series {
			if v == dc.value {
				b.Counts[i] += dc.n
			}
		}
		b.Total += dc.n
	}
	for _, b := range tl.Bins {
		tl.Max = max(tl.Max, b.Total)
	}
	return tl, nil
}

// parseContactDate reads a contact's date, "2022-03-15" or "2022-03" (the first of the
// month); anything else is undated.
func parseContactDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// choosePeriod picks weeks for spans up to half a year of day-precise dates, years for
// spans over twenty years, months otherwise: some tens of bars either way.
func choosePeriod(first, last time.Time, dayPrecise bool) Period {
	switch span := last.Sub(first); {
	case first.IsZero():
		return PeriodMonth
	case dayPrecise && span <= 183*24*time.Hour:
		return PeriodWeek
	case span > 20*366*24*time.Hour:
		return PeriodYear
	}
	return PeriodMonth
}

// periodStart is the first day of t's period; weeks start on Monday (ISO 8601).
func periodStart(t time.Time, p Period) time.Time {
	switch p {
	case PeriodWeek:
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case PeriodYear:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// periodNext is the start of the period after the one starting at t.
func periodNext(t time.Time, p Period) time.Time {
	switch p {
	case PeriodWeek:
		return t.AddDate(0, 0, 7)
	case PeriodYear:
		return t.AddDate(1, 0, 0)
	}
	return t.AddDate(0, 1, 0)
}

// periodKey writes a period's start as the date prefix the filters compare with: every
// date of March 2022, "2022-03" and "2022-03-15" alike, is >= "2022-03" and < "2022-04".
func periodKey(t time.Time, p Period) string {
	switch p {
	case PeriodWeek:
		return t.Format(time.DateOnly)
	case PeriodYear:
		return t.Format("2006")
	}
	return t.Format("2006-01")
}

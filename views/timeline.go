package views

import (
	"fmt"
	"net/http"
	"strconv"

	"hotline/db"
	"hotline/views/page"
)

// timelineJSON answers /NAME/-/timeline.json: the counts behind every timeline, for the
// contacts a table's filters select. _period (week, month, year) and _by (mode, status)
// shape it.
func (s *Server) timelineJSON(w http.ResponseWriter, r *http.Request) error {
	if err := s.checkDB(r); err != nil {
		return err
	}
	q, _, own, err := s.pictureQuery(r, "contacts", "_period", "_by")
	if err != nil {
		return err
	}
	period, by, err := timelineShape(own)
	if err != nil {
		return err
	}
	tl, err := s.reader.Timeline(r.Context(), q, period, by)
	if err != nil {
		return err
	}
	return writeJSON(w, tl)
}

// timelineShape reads _period and _by.
func timelineShape(ps params) (db.Period, db.Series, error) {
	period := db.Period(ps.get("_period"))
	switch period {
	case db.PeriodAuto, db.PeriodWeek, db.PeriodMonth, db.PeriodYear:
	default:
		return "", "", invalid("_period must be week, month or year, not %q", ps.get("_period"))
	}
	by := db.Series(ps.get("_by"))
	switch by {
	case "":
		by = db.ByMode
	case db.ByMode, db.ByStatus:
	default:
		return "", "", invalid("_by must be mode or status, not %q", ps.get("_by"))
	}
	return period, by, nil
}

// tableTimeline draws the timeline above a contact source's page, for the page's own
// query; nil for other tables. A timeline that fails (a time limit) says so in its place
// rather than failing the page, since the rows are what was asked for.
func (s *Server) tableTimeline(r *http.Request, t *db.Table, ps params, q db.TableQuery) *page.Timeline {
	if _, ok := db.FindContactSource(t.Name); !ok {
		return nil
	}
	base := ps.without("_next", "_shape", "_dl", "_stream")
	tl := s.timelineOf(r, q, t.Name, base)
	return &tl
}

// timelineOf draws the timeline of the contacts q selects; bars link to table (whose
// page q is, with parameters base) narrowed to their period.
func (s *Server) timelineOf(r *http.Request, q db.TableQuery, table string, base params) page.Timeline {
	jsonURL := s.dbURL("") + "/-/timeline.json" + base.without("_size", "_sort", "_sort_desc", "_facet", "_col", "_nocol").with("_table", table).query()
	tl, err := s.reader.Timeline(r.Context(), q, db.PeriodAuto, db.ByMode)
	if err != nil {
		if !isUserError(err) {
			s.log.Error("drawing a timeline", "url", r.URL.String(), "err", err)
		}
		return page.Timeline{JSONURL: jsonURL, Note: "The timeline could not be drawn: " + db.ErrorMessage(err)}
	}
	src, _ := db.FindContactSource(table)
	return drawTimeline(tl, jsonURL, func(b db.Bin) string {
		next := base.without(src.Date+"__gte", src.Date+"__lt", src.Date+"__glob").
			with(src.Date+"__gte", b.Start).with(src.Date+"__lt", b.End)
		if tl.Period == db.PeriodWeek {
			next = next.with(src.Date+"__glob", "????-??-??") // "2022-03" is no day of any week
		}
		return s.tableURL(table, "", next)
	})
}

// Timeline geometry, in SVG user units: the bars stretch to their box. The tick labels
// are drawn apart, placed in percent of the width, because text in a stretched picture
// is stretched too: on a 390px phone, squeezed to 40% of its width, it was unreadable.
const (
	tlWidth  = 960.0
	tlHeight = 140.0 // height of the bars' area
)

// drawTimeline lays the bars out: one per period, stacked by series, each a link.
func drawTimeline(tl *db.Timeline, jsonURL string, barURL func(db.Bin) string) page.Timeline {
	p := page.Timeline{
		JSONURL: jsonURL, Period: string(tl.Period), Total: tl.Total,
		ViewBox: fmt.Sprintf("0 0 %d %d", int(tlWidth), int(tlHeight)),
		Caption: fmt.Sprintf("%s by %s, by %s", plural(tl.Total, "contact"), tl.Period, tl.By),
	}
	for i, v := range tl.Series {
		n := 0
		for _, b := range tl.Bins {
			n += b.Counts[i]
		}
		p.Legend = append(p.Legend, page.LegendItem{Label: v, Count: n, Class: "s-" + v})
	}
	switch {
	case tl.Undated > 0 && tl.MonthOnly > 0:
		p.Note = fmt.Sprintf("Not drawn: %s without a date, %s dated only to the month.", plural(tl.Undated, "contact"), plural(tl.MonthOnly, "contact"))
	case tl.Undated > 0:
		p.Note = fmt.Sprintf("Not drawn: %s without a date.", plural(tl.Undated, "contact"))
	case tl.MonthOnly > 0:
		p.Note = fmt.Sprintf("Not drawn: %s dated only to the month.", plural(tl.MonthOnly, "contact"))
	}
	n := len(tl.Bins)
	if n == 0 || tl.Max == 0 {
		return p
	}
	step := tlWidth / float64(n)
	gap := 0.0
	if step > 4 {
		gap = step * 0.15
	}
	tickEvery := max(1, n/8)
	for i, b := range tl.Bins {
		x := float64(i) * step
		bar := page.TimelineBar{
			URL: barURL(b), Count: b.Total, Start: b.Start,
			X: num(x + gap/2), W: num(step - gap), Y: "0", H: num(tlHeight),
			Title: fmt.Sprintf("%s: %s", b.Start, plural(b.Total, "contact")),
		}
		y := tlHeight
		for j, c := range b.Counts {
			if c == 0 {
				continue
			}
			h := tlHeight * float64(c) / float64(tl.Max)
			y -= h
			bar.Segments = append(bar.Segments, page.BarSegment{Y: num(y), H: num(h), Class: "s-" + tl.Series[j]})
			bar.Title += fmt.Sprintf(", %d %s", c, tl.Series[j])
		}
		p.Bars = append(p.Bars, bar)
		if i%tickEvery == 0 {
			p.Ticks = append(p.Ticks, page.Tick{X: num(100*(x+step/2)/tlWidth) + "%", Label: b.Start})
		}
	}
	p.MaxLabel = strconv.Itoa(tl.Max)
	return p
}

// num writes an SVG coordinate with one decimal.
func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// plural is "1 contact", "3 contacts".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

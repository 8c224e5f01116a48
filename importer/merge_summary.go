package importer

import (
	"cmp"
	"slices"
)

// facts are a contact's own values, merged from all its reports.
type facts struct {
	Mode, Status, Date, DateText string
	FirstReported, LastReported  string
	Talks                        bool // the mode is a meeting told only as talks (report.Talks)
	// dateFrom is the report Date was taken from (zero when undated): agreement asks how
	// it read its day, and the first report of that day would be another in another
	// order of the reports.
	dateFrom report
}

// summarize merges a contact's reports. The status is the latest known: that of the report
// of the latest day (report.Day: a wire copy stored late tells of its dateline's day) when
// every report has a day, otherwise the strongest one (held > cancelled > scheduled >
// proposed), since an undated "held" cannot be placed before or after an undated
// "scheduled" but does say the contact happened. A specific mode beats "unspecified", and a
// medium or a meeting told as such beats "talks" (report.Talks); an exact date beats a
// month, and among dates as exact a report that says the contact took place beats one that
// tells a plan (the day a plan was set for, or read off the planner's publication date, may
// not be the day it happened), and among those the day more reports give (a call is dated
// by each side's clock, and the side told by more outlets tells it as most readers read
// it); the date's own words come with it. A copy's date (a report told word for word in a
// report published before it, report.Told) gives way to its original's: the copy reads the
// same words by a later day's clock ("on Tuesday" a week on, "yesterday" a day late).
// Reports tied on all of that are taken in tieOrder, never in the order they came in: a
// contact's reports are in the order its articles were imported, which a later run, a
// re-import or another order of the files changes, and a row must not.
func summarize(reports []report) facts {
	if len(reports) == 0 {
		return facts{Mode: "unspecified", Status: "held"}
	}
	if len(reports) == 1 { // most contacts: what the loop below gives, without a copy
		r := reports[0]
		f := facts{Mode: r.Mode, Status: r.Status, Date: r.Date, DateText: r.DateText,
			FirstReported: r.Day, LastReported: r.Day, Talks: r.Talks}
		if r.Date != "" {
			f.dateFrom = r
		}
		return f
	}
	ordered := slices.Clone(reports)
	allDated := !slices.ContainsFunc(reports, func(r report) bool { return r.Day == "" })
	slices.SortFunc(ordered, func(a, b report) int { // best first
		byDate := cmp.Compare(b.Day, a.Day)
		byRank := cmp.Compare(statusRank(b.Status), statusRank(a.Status))
		if allDated {
			return cmp.Or(byDate, byRank, tieOrder(a, b))
		}
		return cmp.Or(byRank, byDate, tieOrder(a, b))
	})
	f := facts{Mode: "unspecified", Status: ordered[0].Status}
	votes := map[string]int{} // how many reports give each date
	for _, r := range reports {
		votes[r.Date]++
	}
	first := map[uint32]string{} // the earliest publication of each sentence told
	for _, r := range reports {
		if p, ok := first[r.Told]; r.Told != 0 && r.Day != "" && (!ok || r.Day < p) {
			first[r.Told] = r.Day
		}
	}
	laterCopy := func(r report) bool { p := first[r.Told]; return r.Told != 0 && p != "" && p < r.Day }
	var dateFrom report // the report the date is taken from
	pickDate := func(r report) {
		if len(r.Date) > len(f.Date) || len(r.Date) == len(f.Date) && r.Date != "" &&
			(statusRank(r.Status) > statusRank(dateFrom.Status) || statusRank(r.Status) == statusRank(dateFrom.Status) && votes[r.Date] > votes[f.Date]) {
			f.Date, f.DateText, dateFrom = r.Date, r.DateText, r
		}
	}
	for _, r := range ordered {
		if r.Mode != "unspecified" && (f.Mode == "unspecified" || f.Talks && !r.Talks) {
			f.Mode, f.Talks = r.Mode, r.Talks
		}
		if !laterCopy(r) {
			pickDate(r)
		}
		if r.Day != "" && (f.FirstReported == "" || r.Day < f.FirstReported) {
			f.FirstReported = r.Day
		}
		f.LastReported = max(f.LastReported, r.Day)
	}
	if f.Date == "" { // only copies give one
		for _, r := range ordered {
			pickDate(r)
		}
	}
	f.dateFrom = dateFrom
	if f.DateText == "" {
		for _, r := range ordered {
			if r.DateText != "" {
				f.DateText = r.DateText
				break
			}
		}
	}
	return f
}

// tieOrder orders reports as recent and as strong by their own fields alone, so that
// summarize's answer is the same in any order of its reports, in memory or read back
// (contact_state.go), in this run or a later one: first by outlet name, the one field
// that tells the two sides' press apart when they are as many and as recent, then the
// earlier day, then the rest of the report's fields in a fixed order, so that no two
// distinct reports tie. The rule is arbitrary but stable; the first reported, which it
// replaces, changed with the order the articles were imported in.
func tieOrder(a, b report) int {
	return cmp.Or(cmp.Compare(a.Publisher, b.Publisher), cmp.Compare(a.Date, b.Date), cmp.Compare(a.DateText, b.DateText),
		cmp.Compare(a.Mode, b.Mode), cmp.Compare(a.Status, b.Status), boolOrder(a.Talks, b.Talks),
		boolOrder(a.Sidelines, b.Sidelines), cmp.Compare(a.Told, b.Told), cmp.Compare(a.ArticleID, b.ArticleID))
}

// boolOrder puts false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case b:
		return -1
	}
	return 1
}

// statusRank orders statuses by how much they say happened.
func statusRank(status string) int {
	switch status {
	case "held":
		return 4
	case "cancelled":
		return 3
	case "scheduled":
		return 2
	case "proposed":
		return 1
	}
	return 0
}

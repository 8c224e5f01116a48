package importer_test

import (
	"testing"

	"hotline/importer"
)

// TestAgreement is the table of the cross-article contact merge rules: whether a new
// report can be a report of a contact that has the reports in have.
func TestAgreement(t *testing.T) {
	phone := func(article int64, published, status, date, text string) importer.Report {
		return importer.Report{ArticleID: article, Day: published, Mode: "phone", Status: status, Date: date, DateText: text}
	}
	with := func(r importer.Report, mode string) importer.Report { r.Mode = mode; return r }
	talks := func(r importer.Report) importer.Report { r.Mode, r.Talks = "meeting", true; return r }
	by := func(r importer.Report, outlet string) importer.Report { r.Publisher = outlet; return r }
	cases := []struct {
		name  string
		have  []importer.Report
		r     importer.Report
		merge bool
	}{
		{"same exact date", []importer.Report{phone(1, "2022-02-01", "scheduled", "2022-02-01", "Tuesday")},
			phone(2, "2022-02-02", "held", "2022-02-01", "Tuesday"), true},
		{"different exact dates", []importer.Report{phone(1, "", "held", "2022-02-01", "")},
			phone(2, "", "held", "2022-02-03", ""), false},
		{"a day after the later of two reports a day apart, two after the first", []importer.Report{
			by(phone(1, "2022-02-01", "held", "2022-02-01", "Tuesday"), "Wire"), by(phone(2, "2022-02-02", "held", "2022-02-02", "Wednesday"), "Agency")},
			by(phone(3, "2022-02-03", "held", "2022-02-03", "Thursday"), "Paper"), false},
		{"a day after one of two reports of one day", []importer.Report{
			by(phone(1, "2022-02-01", "held", "2022-02-02", "Wednesday"), "Wire"), by(phone(2, "2022-02-02", "held", "2022-02-02", "Wednesday"), "Agency")},
			by(phone(3, "2022-02-03", "held", "2022-02-03", "Thursday"), "Paper"), true},
		{"month holds the day", []importer.Report{phone(1, "", "held", "2022-01", "January")},
			phone(2, "", "held", "2022-01-21", "Jan. 21"), true},
		{"other month", []importer.Report{phone(1, "", "held", "2022-01", "")},
			phone(2, "", "held", "2022-02-21", ""), false},
		{"same article never", []importer.Report{phone(1, "", "held", "", "")},
			phone(1, "", "held", "", ""), false},
		{"undated, nothing said, unknown publication", []importer.Report{phone(1, "", "held", "", "")},
			phone(2, "", "scheduled", "", ""), false},
		{"undated, nothing said, published days apart", []importer.Report{phone(1, "2022-02-01", "scheduled", "", "")},
			phone(2, "2022-02-03", "held", "", ""), true},
		{"undated weekday against undated month", []importer.Report{phone(1, "", "held", "", "Saturday")},
			phone(2, "", "held", "", "in July"), false},
		{"undated, same weekday", []importer.Report{phone(1, "", "held", "", "Saturday")},
			phone(2, "", "scheduled", "", "on Sat."), true},
		{"undated, other weekday", []importer.Report{phone(1, "", "held", "", "Saturday")},
			phone(2, "", "scheduled", "", "Thursday"), false},
		{"undated, other day of the month", []importer.Report{phone(1, "", "held", "", "May 13")},
			phone(2, "", "held", "", "May 14"), false},
		{"weekday of the known date", []importer.Report{phone(1, "2022-02-01", "scheduled", "2022-02-01", "Tuesday")},
			phone(2, "2022-02-02", "held", "", "on Tuesday"), true},
		{"weekday not that of the known date", []importer.Report{phone(1, "2022-02-01", "scheduled", "2022-02-01", "Tuesday")},
			phone(2, "2022-02-06", "held", "", "Saturday"), false},
		{"a call's weekday a day off the known date", []importer.Report{phone(1, "2022-02-04", "held", "2022-02-04", "Friday")},
			phone(2, "", "held", "", "on Saturday"), true},
		{"a meeting's weekday a day off the known date", []importer.Report{with(phone(1, "2022-02-04", "held", "2022-02-04", "Friday"), "meeting")},
			with(phone(2, "", "held", "", "on Saturday"), "meeting"), false},
		{"a call's weekday two days off the known date", []importer.Report{phone(1, "2022-02-04", "held", "2022-02-04", "Friday")},
			phone(2, "", "held", "", "on Sunday"), false},
		{"month name of the known date", []importer.Report{phone(1, "", "held", "2022-01-21", "Jan. 21")},
			phone(2, "", "held", "", "in January"), true},
		{"month name not of the known date", []importer.Report{phone(1, "", "held", "2022-01-21", "")},
			phone(2, "", "held", "", "in July"), false},
		{"undated reports weeks apart", []importer.Report{phone(1, "2022-02-01", "held", "", "")},
			phone(2, "2022-03-15", "held", "", ""), false},
		{"held before it was due", []importer.Report{phone(1, "2022-02-01", "scheduled", "2022-02-10", "")},
			phone(2, "2022-02-05", "held", "", ""), false},
		{"unspecified mode joins phone", []importer.Report{phone(1, "", "held", "2022-02-01", "")},
			with(phone(2, "", "held", "2022-02-01", ""), "unspecified"), true},
		{"phone is not a meeting", []importer.Report{phone(1, "", "held", "2022-02-01", "")},
			with(phone(2, "", "held", "2022-02-01", ""), "meeting"), false},
		{"talks are a call to another outlet", []importer.Report{phone(1, "2022-02-01", "held", "2022-02-01", "Tuesday")},
			talks(phone(2, "2022-02-01", "held", "2022-02-01", "on Tuesday")), true},
		{"a call joins talks across time zones", []importer.Report{talks(phone(1, "2022-02-02", "held", "2022-02-02", "Wednesday"))},
			phone(2, "2022-02-01", "held", "2022-02-01", "Tuesday"), true},
		{"talks two days from a call", []importer.Report{phone(1, "2022-02-01", "held", "2022-02-01", "Tuesday")},
			talks(phone(2, "2022-02-03", "held", "2022-02-03", "Thursday")), false},
		{"undated talks are not a call", []importer.Report{phone(1, "2022-02-01", "held", "2022-02-01", "Tuesday")},
			talks(phone(2, "2022-02-02", "held", "", "")), false},
		{"a video call is a meeting to some outlets", []importer.Report{with(phone(1, "", "held", "2022-02-01", ""), "video")},
			with(phone(2, "", "held", "2022-02-01", ""), "meeting"), true},
		{"a day apart across time zones", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-01", "Tuesday"), "video")},
			with(phone(2, "2022-02-02", "held", "2022-02-02", "Feb. 2"), "meeting"), true},
		{"not two days apart", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-01", "Tuesday"), "video")},
			with(phone(2, "2022-02-04", "held", "2022-02-03", "Feb. 3"), "meeting"), false},
		{"nor without a day", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02", ""), "video")},
			with(phone(2, "2022-02-02", "held", "2022-02", ""), "meeting"), false},
		{"phone and video are one family", []importer.Report{phone(1, "", "held", "2022-02-01", "")},
			with(phone(2, "", "held", "2022-02-01", ""), "video"), true},
		{"call dated a day apart across time zones", []importer.Report{phone(1, "2022-02-02", "held", "2022-02-01", "")},
			phone(2, "2022-02-02", "held", "2022-02-02", ""), true},
		{"call dated two days apart", []importer.Report{phone(1, "2022-02-03", "held", "2022-02-01", "")},
			phone(2, "2022-02-03", "held", "2022-02-03", ""), false},
		{"meetings dated a day apart", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-01", ""), "meeting")},
			with(phone(2, "2022-02-02", "held", "2022-02-02", ""), "meeting"), false},
		{"meeting a day off its weekday read across time zones", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-01", "Feb. 1"), "meeting")},
			with(phone(2, "2022-02-03", "held", "2022-02-02", "on Wednesday"), "meeting"), true},
		{"meeting a day off a today", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-02", "today"), "meeting")},
			with(phone(2, "2022-02-03", "held", "2022-02-01", "Feb. 1"), "meeting"), true},
		{"calls a day apart by two outlets", []importer.Report{by(phone(1, "2022-02-01", "held", "2022-02-01", "on Tuesday"), "Wire")},
			by(phone(2, "2022-02-02", "held", "2022-02-02", "on Wednesday"), "Agency"), true},
		{"calls a day apart by one outlet", []importer.Report{by(phone(1, "2022-02-01", "held", "2022-02-01", "on Tuesday"), "Wire")},
			by(phone(2, "2022-02-02", "held", "2022-02-02", "on Wednesday"), "wire "), false},
		{"a call of one day by one outlet", []importer.Report{by(phone(1, "2022-02-01", "held", "2022-02-01", "on Tuesday"), "Wire")},
			by(phone(2, "2022-02-02", "held", "2022-02-01", "on Tuesday"), "Wire"), true},
		{"meetings on two calendar days", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-01", "Feb. 1"), "meeting")},
			with(phone(2, "2022-02-03", "held", "2022-02-02", "Feb. 2"), "meeting"), false},
		{"meeting two days off its weekday", []importer.Report{with(phone(1, "2022-02-02", "held", "2022-02-01", "Feb. 1"), "meeting")},
			with(phone(2, "2022-02-04", "held", "2022-02-03", "on Thursday"), "meeting"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, ok := importer.Agreement(c.have, c.r); ok != c.merge {
				t.Errorf("merge = %v, want %v", ok, c.merge)
			}
		})
	}
}

// TestAgreementPrefersTheBetterMatch checks the score ranks an exact match above a merely
// compatible one, so that ties go to the candidate with the most agreement.
func TestAgreementPrefersTheBetterMatch(t *testing.T) {
	r := importer.Report{ArticleID: 3, Mode: "phone", Status: "held", Date: "2022-02-12", DateText: "Saturday"}
	exact, ok1 := importer.Agreement([]importer.Report{{ArticleID: 1, Mode: "phone", Status: "scheduled", Date: "2022-02-12"}}, r)
	loose, ok2 := importer.Agreement([]importer.Report{{ArticleID: 2, Mode: "unspecified", Status: "held"}}, r)
	if !ok1 || !ok2 || exact <= loose {
		t.Errorf("exact match scores %d (%v), loose match %d (%v); want exact > loose", exact, ok1, loose, ok2)
	}
}

// TestSummarize checks a contact's own facts merged from its reports.
func TestSummarize(t *testing.T) {
	cases := []struct {
		name                         string
		reports                      []importer.Report
		mode, status, date, dateText string
	}{
		{"latest report's status when all are dated", []importer.Report{
			{Day: "2022-02-10", Mode: "phone", Status: "held", Date: "2022-02-09", DateText: "Wednesday"},
			{Day: "2022-02-12", Mode: "unspecified", Status: "cancelled"},
		}, "phone", "cancelled", "2022-02-09", "Wednesday"},
		{"held wins when dates are unknown", []importer.Report{
			{Mode: "unspecified", Status: "scheduled", DateText: "Saturday"},
			{Day: "2022-02-01", Mode: "phone", Status: "held"},
			{Mode: "phone", Status: "proposed"},
		}, "phone", "held", "", "Saturday"},
		{"an exact date beats a month", []importer.Report{
			{Mode: "meeting", Status: "held", Date: "2022-01", DateText: "January"},
			{Mode: "meeting", Status: "held", Date: "2022-01-21", DateText: "Jan. 21"},
		}, "meeting", "held", "2022-01-21", "Jan. 21"},
		{"a held report's day beats a later plan's", []importer.Report{
			{Day: "2022-03-31", Mode: "meeting", Status: "held", Date: "2022-03-31", DateText: "Thursday"},
			{Day: "2022-04-01", Mode: "meeting", Status: "scheduled", Date: "2022-04-01", DateText: "this morning"},
		}, "meeting", "scheduled", "2022-03-31", "Thursday"},
		{"a medium beats talks", []importer.Report{
			{Day: "2022-02-02", Mode: "meeting", Talks: true, Status: "held", Date: "2022-02-01", DateText: "Tuesday"},
			{Day: "2022-02-01", Mode: "phone", Status: "held", Date: "2022-02-01", DateText: "Tuesday"},
		}, "phone", "held", "2022-02-01", "Tuesday"},
		{"among held reports the latest day stands", []importer.Report{
			{Day: "2022-03-31", Mode: "meeting", Status: "held", Date: "2022-03-31", DateText: "Thursday"},
			{Day: "2022-04-01", Mode: "meeting", Status: "held", Date: "2022-03-30", DateText: "Wednesday"},
		}, "meeting", "held", "2022-03-30", "Wednesday"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mode, status, date, text := importer.Summarize(c.reports)
			if mode != c.mode || status != c.status || date != c.date || text != c.dateText {
				t.Errorf("got %s/%s/%q/%q, want %s/%s/%q/%q", mode, status, date, text, c.mode, c.status, c.date, c.dateText)
			}
		})
	}
}

// TestSummarizeInAnyOrder checks that a contact's facts do not depend on the order of its
// reports, which is the order its articles were imported in: reports tied on publication,
// status and votes are taken in a fixed order of their own fields (tieOrder).
func TestSummarizeInAnyOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reports []importer.Report
		date    string // the date every order gives
	}{
		{"two days two reports each, published the same day", []importer.Report{
			{Day: "2025-06-10", Publisher: "Wire", Mode: "phone", Status: "held", Date: "2025-06-09", DateText: "Monday"},
			{Day: "2025-06-10", Publisher: "Paper", Mode: "phone", Status: "held", Date: "2025-06-09", DateText: "Monday"},
			{Day: "2025-06-10", Publisher: "Daily", Mode: "phone", Status: "held", Date: "2025-06-10", DateText: "Tuesday"},
			{Day: "2025-06-10", Publisher: "Agency", Mode: "phone", Status: "held", Date: "2025-06-10", DateText: "Tuesday morning"},
		}, "2025-06-10"},
		{"a medium and talks a day apart", []importer.Report{
			{Day: "2021-11-16", Publisher: "Agency", Mode: "video", Status: "held", Date: "2021-11-16", DateText: "Tuesday"},
			{Day: "2021-11-16", Publisher: "Paper", Mode: "meeting", Talks: true, Status: "held", Date: "2021-11-15", DateText: "Monday"},
		}, "2021-11-16"},
		{"undated publications", []importer.Report{
			{Publisher: "Wire", Mode: "meeting", Status: "held", Date: "2024-05-02"},
			{Publisher: "Paper", Mode: "unspecified", Status: "held", Date: "2024-05-03", DateText: "Friday"},
			{Day: "2024-05-03", Mode: "meeting", Status: "scheduled", Date: "2024-05-02", Told: 7},
		}, "2024-05-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mode, status, date, text := importer.Summarize(tc.reports)
			if date != tc.date {
				t.Errorf("date %q, want %q", date, tc.date)
			}
			for _, p := range permutations(len(tc.reports)) {
				reordered := make([]importer.Report, len(p))
				for i, j := range p {
					reordered[i] = tc.reports[j]
				}
				m, s, d, x := importer.Summarize(reordered)
				if m != mode || s != status || d != date || x != text {
					t.Errorf("order %v: %s/%s/%q/%q, in the given order %s/%s/%q/%q", p, m, s, d, x, mode, status, date, text)
				}
			}
		})
	}
}

// permutations returns every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := range n {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestAgreementInAnyOrder checks that whether a report agrees with a contact does not
// depend on the order of the contact's reports: the day a contact's date is read against
// is that of the report summarize took the date from, not of the first to give it.
func TestAgreementInAnyOrder(t *testing.T) {
	for _, tc := range []struct {
		name string
		have []importer.Report
		r    importer.Report
	}{
		// A copy agrees whatever its day, but scores the agreement of its day with the
		// contact's, which a day read off a publication gives one apart.
		{"a copy and a day told by weekday and by month", []importer.Report{
			{ArticleID: 1, Day: "2025-06-10", Publisher: "Wire", Mode: "meeting", Status: "held", Date: "2025-06-09", DateText: "June 9", Told: 5},
			{ArticleID: 2, Day: "2025-06-10", Publisher: "Paper", Mode: "meeting", Status: "held", Date: "2025-06-09", DateText: "Monday"},
		}, importer.Report{ArticleID: 3, Day: "2025-06-11", Publisher: "Daily", Mode: "meeting", Status: "held", Date: "2025-06-10", DateText: "June 10", Told: 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			score, ok := importer.Agreement(tc.have, tc.r)
			for _, p := range permutations(len(tc.have)) {
				reordered := make([]importer.Report, len(p))
				for i, j := range p {
					reordered[i] = tc.have[j]
				}
				if s, o := importer.Agreement(reordered, tc.r); s != score || o != ok {
					t.Errorf("order %v: %d %v, in the given order %d %v", p, s, o, score, ok)
				}
			}
		})
	}
}

package views

import (
	"strconv"
	"strings"

	"hotline/db"
)

// describe says what narrows and orders a table page, to follow its row count:
// "of Joe Biden via contact_participants where mode = phone sorted by date descending"
// (12 rows ...). labels name the rows q.Through's values point at (db.Result.ThroughLabels).
func describe(q db.TableQuery, labels []string) string {
	var parts []string
	for i, th := range q.Through {
		label := ""
		if i < len(labels) {
			label = labels[i]
		}
		parts = append(parts, describeThrough(th, label))
	}
	var conds []string
	if q.Search != "" {
		in := ""
		if q.SearchColumn != "" {
			in = " in " + q.SearchColumn
		}
		conds = append(conds, "search"+in+" matches "+strconv.Quote(q.Search))
	}
	for _, f := range q.Filters {
		conds = append(conds, describeFilter(f))
	}
	for _, w := range q.Where {
		conds = append(conds, "("+w+")")
	}
	if len(conds) > 0 {
		parts = append(parts, "where "+strings.Join(conds, " and "))
	}
	if q.Sort != "" {
		sort := "sorted by " + q.Sort
		if q.Desc {
			sort += " descending"
		}
		parts = append(parts, sort)
	}
	return strings.Join(parts, " ")
}

package views

import (
	"strconv"
	"strings"

	"hotline/db"
)

// describe says what narrows and orders a table page, to follow its row count:
// `of Joe Biden via contact_participants where mode = "phone", sorted by date descending`
// (12 rows ...). As Datasette prints it, values are quoted (numbers bare) and conditions
// are separated by commas and a last "and". labels name the rows q.Through's values point at (db.Result.ThroughLabels).
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
	if n := len(conds); n > 0 {
		where := conds[n-1]
		if n > 1 {
			where = strings.Join(conds[:n-1], ", ") + " and " + where
		}
		parts = append(parts, "where "+where)
	}
	s := strings.Join(parts, " ")
	if q.Sort != "" {
		if s != "" {
			s += ", "
		}
		s += "sorted by " + q.Sort
		if q.Desc {
			s += " descending"
		}
	}
	return s
}

// describeValue is a value as a description shows it: digits bare (Datasette's
// isdigit()), anything else in double quotes with Go's escapes, so that a quote inside
// cannot end it.
func describeValue(v string) string {
	if v != "" && strings.Trim(v, "0123456789") == "" {
		return v
	}
	return strconv.Quote(v)
}

package views

import (
	"strconv"
	"strings"

	"hotline/db"
)

// describe says what narrows and orders a table page, to follow its row count:
// "where mode = phone sorted by date descending" (12 rows ...).
func describe(q db.TableQuery) string {
	var b strings.Builder
	var conds []string
	if q.Search != "" {
		conds = append(conds, "search matches "+strconv.Quote(q.Search))
	}
	for _, f := range q.Filters {
		conds = append(conds, describeFilter(f))
	}
	if len(conds) > 0 {
		b.WriteString("where ")
		b.WriteString(strings.Join(conds, " and "))
	}
	if q.Sort != "" {
		b.WriteString(" sorted by ")
		b.WriteString(q.Sort)
		if q.Desc {
			b.WriteString(" descending")
		}
	}
	return strings.TrimSpace(b.String())
}

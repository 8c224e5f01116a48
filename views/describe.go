package views

import (
	"strconv"
	"strings"

	"hotline/db"
)

// describe says in one line what a table page shows:
// "12 rows where mode = phone sorted by date descending".
func describe(c db.Count, q db.TableQuery) string {
	var b strings.Builder
	b.WriteString(countText(c.N, c.Exact))
	var conds []string
	if q.Search != "" {
		conds = append(conds, "search matches "+strconv.Quote(q.Search))
	}
	for _, f := range q.Filters {
		conds = append(conds, describeFilter(f))
	}
	if len(conds) > 0 {
		b.WriteString(" where ")
		b.WriteString(strings.Join(conds, " and "))
	}
	if q.Sort != "" {
		b.WriteString(" sorted by ")
		b.WriteString(q.Sort)
		if q.Desc {
			b.WriteString(" descending")
		}
	}
	return b.String()
}

package db_test

import (
	"strings"
	"testing"
)

// TestTimelineReadsAlongAnIndex: contact_timeline is ordered by date (else first report),
// and each row computes its participants and its number of articles. Without an index in
// that order, a page of 100 rows (and the capped count, and every offset page) computed
// and sorted every contact: 130 ms of CPU per page at 30,000 contacts.
func TestTimelineReadsAlongAnIndex(t *testing.T) {
	_, raw := openStore(t)
	for _, q := range []string{
		`SELECT * FROM contact_timeline LIMIT 100`,
		`SELECT * FROM contact_timeline LIMIT 100 OFFSET 200`,
		`SELECT count(*) FROM (SELECT 1 FROM contact_timeline LIMIT 10001)`,
	} {
		t.Run(q, func(t *testing.T) {
			lines := joinedRows(t, raw, "EXPLAIN QUERY PLAN "+q)
			plan := strings.Join(lines, "; ")
			if sorts := outerSorts(lines); sorts > 0 {
				t.Errorf("sorts every contact (%d sorts outside the participants' subquery): %s", sorts, plan)
			}
			if !strings.Contains(plan, "contacts_timeline") {
				t.Errorf("does not read contacts along contacts_timeline: %s", plan)
			}
		})
	}
}

// outerSorts counts the sorts of a query plan (rows "id|parent|notused|detail") that are
// not inside a correlated subquery: those sort the rows the query reads, not one row's few.
func outerSorts(lines []string) int {
	parent, detail := map[string]string{}, map[string]string{}
	for _, l := range lines {
		f := strings.SplitN(l, "|", 4)
		if len(f) == 4 {
			parent[f[0]], detail[f[0]] = f[1], f[3]
		}
	}
	n := 0
	for id, d := range detail {
		if d != "USE TEMP B-TREE FOR ORDER BY" {
			continue
		}
		inner := false
		for p := parent[id]; p != "0" && p != ""; p = parent[p] {
			inner = inner || strings.HasPrefix(detail[p], "CORRELATED SCALAR SUBQUERY")
		}
		if !inner {
			n++
		}
	}
	return n
}

package views

import (
	"hotline/db"
	"hotline/views/page"
)

// emptyState is what a table page without rows says instead of column headers over
// nothing, which reads as a broken page: that nothing matches, with a way back to every
// row, or, for a table with no rows at all, how a Hotline database is filled. nil on a
// page with rows, on a later page and when rows were not asked for (_size=0).
func (s *Server) emptyState(t *db.Table, q db.TableQuery, res *db.Result) *page.EmptyState {
	if len(res.Rows) > 0 || q.NoRows || q.Next != "" {
		return nil
	}
	if len(q.Filters) == 0 && q.Search == "" && len(q.Where) == 0 && len(q.Through) == 0 {
		return &page.EmptyState{Text: t.Name + " has no rows yet: `hotline import ARTICLES --db " + s.reader.Name() +
			".db` reads articles into it."}
	}
	e := &page.EmptyState{Text: "No " + t.Name + " match: remove a condition above (✕), or", AllText: "see all of them",
		AllURL: s.tableURL(t.Name, "", nil)}
	if q.Search != "" {
		e.Text = "No " + t.Name + " match: search for other words, remove a condition above (✕), or"
	}
	return e
}

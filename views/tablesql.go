package views

import (
	"net/http"

	"hotline/db"
)

// sqlURL opens the query page with the SQL of this page (db writes it, text values as
// :pN parameters filled in by the URL), or "" when ad hoc SQL is off. The SQL cannot
// fail here, as the page itself was just read with the same query; if it did, the page
// is still worth showing, so the link is left out and the error logged.
func (s *Server) sqlURL(r *http.Request, q db.TableQuery) string {
	if !s.cfg.AllowSQL {
		return ""
	}
	sql, args, err := s.reader.TableSQL(r.Context(), q)
	if err != nil {
		s.log.Error("writing a table page's SQL", "table", q.Table, "err", err)
		return ""
	}
	ps := params{{"sql", sql}}
	for _, a := range args {
		ps = ps.with(a.Name, a.Value)
	}
	return s.queryURL("", ps)
}

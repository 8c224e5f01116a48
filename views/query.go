package views

import (
	"net/http"
	"strings"

	"hotline/db"
)

// query answers /NAME/-/query[.json|.csv]?sql=...: ad hoc SQL.
func (s *Server) query(w http.ResponseWriter, r *http.Request) error {
	if err := s.checkDB(r); err != nil {
		return err
	}
	action, format, err := decodeSegment(r.PathValue("action"), "json", "csv")
	if err != nil {
		return err
	}
	if action != "query" {
		return notFound("nothing at %s", r.URL.Path)
	}
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	return s.adhoc(w, r, ps, format)
}

// adhoc runs the sql parameter when ad hoc SQL is allowed; an empty one shows the editor.
func (s *Server) adhoc(w http.ResponseWriter, r *http.Request, ps params, format string) error {
	if !s.cfg.AllowSQL {
		return db.Errorf(db.EDENIED, "SQL is disabled on this server: only its tables and canned queries can be browsed")
	}
	sql := ps.get("sql")
	if strings.TrimSpace(sql) == "" && format != "" {
		return invalid("the sql parameter is missing or empty")
	}
	return s.runQuery(w, r, ps, format, queryRun{
		name:     "query",
		sql:      sql,
		editable: true,
		url:      s.queryURL,
	})
}

// canned runs a query from the configuration; its SQL cannot be changed, only its
// parameters, and it runs even when ad hoc SQL is disabled.
func (s *Server) canned(w http.ResponseWriter, r *http.Request, name, format string) error {
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	q := s.docs(r.Context()).queries[name]
	return s.runQuery(w, r, ps, format, queryRun{
		name:        name,
		sql:         q.SQL,
		title:       q.Title,
		description: q.Description,
		url: func(format string, ps params) string {
			return s.tableURL(name, format, ps)
		},
	})
}

package views

import (
	"cmp"
	"net/http"
	"slices"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// queryRun is a query to run and show: ad hoc SQL or a canned query.
type queryRun struct {
	name        string // file name of downloads, and the canned query's name
	sql         string
	title       string
	description string
	editable    bool
	url         func(format string, ps params) string // the query's own URL
}

// runQuery runs q with its :named parameters taken from the URL and answers in format.
// In HTML a bad statement is shown above the editor (with the status the error adapter
// would give it) so the user can fix it; JSON and CSV get the adapter's error.
func (s *Server) runQuery(w http.ResponseWriter, r *http.Request, ps params, format string, q queryRun) error {
	ctx := r.Context()
	values := map[string]string{}
	var fields []page.Field
	for _, n := range db.QueryParams(q.sql) {
		values[n] = ps.get(n)
		fields = append(fields, page.Field{Name: n, Value: values[n]})
	}
	// A page opened on a query with parameters but none of their values (a canned query
	// followed from the index) shows its form instead of running with empty values, which
	// most such queries answer with an error or nothing. Exports always run.
	waiting := format == "" && len(fields) > 0 && !slices.ContainsFunc(fields, func(f page.Field) bool { return ps.has(f.Name) })
	var res *db.Result
	var err error
	if strings.TrimSpace(q.sql) != "" && !waiting {
		res, err = s.runGated(r, q.sql, values)
	}
	if format != "" {
		if err != nil {
			return err
		}
		return s.writeQuery(w, ps, format, q, res)
	}
	title := cmp.Or(q.title, q.name)
	if q.editable {
		title = "Query"
	}
	p := page.QueryPage{
		Layout:      s.layout(ctx, title, s.dbCrumbs()),
		Title:       q.title,
		Description: q.description,
		SQL:         q.sql,
		Editable:    q.editable,
		Action:      q.url("", nil),
		Params:      fields,
		Waiting:     waiting,
	}
	status := http.StatusOK
	switch {
	case err != nil && !isUserError(err):
		return err
	case err != nil:
		status, p.Error = statusOf(err), db.ErrorMessage(err)
	case res != nil:
		p.Ran = true
		p.Grid = s.grid(res.Columns, res.Rows, gridSpec{})
		p.CountText = countText(int64(len(res.Rows)), !res.Truncated)
		p.Took = tookText(res.Took)
		p.Truncated = res.Truncated
		here := ps.without("_shape", "_dl")
		p.Exports = page.Exports{JSON: q.url("json", here), CSV: q.url("csv", here.with("_dl", "1"))}
	}
	return s.render(w, r, status, page.Query(p))
}

// writeQuery writes a query's result as JSON or CSV.
func (s *Server) writeQuery(w http.ResponseWriter, ps params, format string, q queryRun, res *db.Result) error {
	head := []field{{"database", s.reader.Name()}, {"query", map[string]any{"sql": q.sql}}}
	rw, err := newRowWriter(w, outputFor(ps, format, q.name, nil), head)
	if err != nil {
		return err
	}
	trailer := []field{{"truncated", res.Truncated}, {"query_ms", float64(res.Took.Microseconds()) / 1000}, {"cached", res.Cached}}
	return writeRows(rw, res.Columns, res.Rows, trailer)
}

// runGated runs SQL once the gate has a worker for the request's client. A kept answer
// needs no worker: it is served at once, even when every worker is taken.
func (s *Server) runGated(r *http.Request, sql string, values map[string]string) (*db.Result, error) {
	if res, ok := s.reader.Kept(r.Context(), sql, values); ok {
		return res, nil
	}
	leave, err := s.gate.enter(r.Context(), clientOf(r))
	if err != nil {
		return nil, err
	}
	defer leave()
	return s.reader.Query(r.Context(), sql, values)
}

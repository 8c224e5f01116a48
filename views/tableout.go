package views

import (
	"net/http"

	"hotline/db"
)

// writeTable writes one page of a table as JSON or CSV.
func (s *Server) writeTable(w http.ResponseWriter, r *http.Request, t *db.Table, ps params, format string, q db.TableQuery, res *db.Result) error {
	rw, err := newRowWriter(w, outputFor(ps, format, t.Name, t.PrimaryKey), s.tableHead(t))
	if err != nil {
		return err
	}
	var nextURL any
	if res.Next != "" {
		nextURL = s.absURL(s.tableURL(t.Name, format, ps.without("_next").with("_next", res.Next)))
	}
	trailer := []field{
		{"count", res.Count.N},
		{"count_exact", res.Count.Exact},
		{"next", nullable(res.Next)},
		{"next_url", nextURL},
		{"truncated", res.Truncated},
		{"facets", facetsJSON(res.Facets)},
		{"query_ms", float64(res.Took.Microseconds()) / 1000},
	}
	return writeRows(rw, res.Columns, res.Rows, trailer)
}

// streamTable writes every row matching q as CSV or JSON, as the database hands them
// over: nothing is collected, so memory stays flat however big the table. Errors after
// the first row can only be logged (the status has gone out) and cut the output short.
func (s *Server) streamTable(w http.ResponseWriter, r *http.Request, t *db.Table, ps params, format string, q db.TableQuery) error {
	if format == "" {
		return invalid("_stream needs a .csv or .json URL")
	}
	rw, err := newRowWriter(w, outputFor(ps, format, t.Name, t.PrimaryKey), s.tableHead(t))
	if err != nil {
		return err
	}
	q.Next, q.Size = "", 0
	err = s.reader.StreamTable(r.Context(), q, rw.begin, rw.row)
	if err != nil {
		return err
	}
	return rw.end([]field{{"next", nil}, {"next_url", nil}, {"truncated", false}})
}

// tableHead is what a table's JSON says before its rows.
func (s *Server) tableHead(t *db.Table) []field {
	return []field{{"database", s.reader.Name()}, {"table", t.Name}, {"primary_keys", t.PrimaryKey}}
}

// facetJSON is one facet in a table's JSON.
type facetJSON struct {
	Column   string           `json:"column"`
	TimedOut bool             `json:"timed_out"`
	More     bool             `json:"truncated"`
	Results  []facetValueJSON `json:"results"`
}

type facetValueJSON struct {
	Value any    `json:"value"`
	Label string `json:"label"`
	Count int64  `json:"count"`
}

func facetsJSON(facets []db.Facet) []facetJSON {
	out := []facetJSON{}
	for _, f := range facets {
		fj := facetJSON{Column: f.Column, TimedOut: f.TimedOut, More: f.More, Results: []facetValueJSON{}}
		for _, v := range f.Values {
			fj.Results = append(fj.Results, facetValueJSON{jsonValue(v.Value), facetLabel(v), v.Count})
		}
		out = append(out, fj)
	}
	return out
}

// nullable is nil for "", so JSON says null rather than an empty token.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// absURL makes a path absolute for JSON clients, which may not know where they are. The
// scheme and host come from the base_url setting, never from the request: a Host header
// copied into a link would let whoever sets it point clients elsewhere.
func (s *Server) absURL(path string) string {
	return s.cfg.BaseURL + path
}

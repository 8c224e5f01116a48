package views

import (
	"net/http"
	"slices"

	"hotline/db"
)

// writeTable writes one page of a table as JSON or CSV. The JSON has Hotline's own keys
// (count_exact, facets, query_ms), Datasette 0.65's (filtered_table_rows_count,
// facet_results keyed by column, human_description_en, query, expandable_columns...),
// and, with _extra, Datasette 1.0's extras where their shape differs (facet_results as
// {"results", "timed_out"}) or costs work (suggested_facets). With _labels or _label
// the foreign keys carry their labels.
func (s *Server) writeTable(w http.ResponseWriter, r *http.Request, t *db.Table, ps params, format string, q db.TableQuery, res *db.Result) error {
	expand, err := labelColumns(ps, t)
	if err != nil {
		return err
	}
	rw, err := newRowWriter(w, outputFor(ps, format, t.Name, t.PrimaryKey), s.tableHead(t))
	if err != nil {
		return err
	}
	if jw, ok := rw.(*jsonWriter); ok && res.JSONRows {
		jw.rawRows = true
	}
	var nextURL any
	if res.Next != "" {
		nextURL = s.absURL(s.tableURL(t.Name, format, ps.without("_next").with("_next", res.Next)))
	}
	var count any = res.Count.N
	if q.NoCount {
		count = nil
	}
	ex := parseExtras(ps)
	base := ps.without("_next")
	facets, timedOut := s.facetResults(r, t, format, base, res.Facets)
	var facetResults any = facets
	if ex.has("facet_results") {
		facetResults = map[string]any{"results": facets, "timed_out": timedOut}
	}
	var query any
	if sqlText, args, err := s.reader.TableSQL(r.Context(), q); err == nil {
		named := map[string]string{}
		for _, a := range args {
			named[a.Name] = a.Value
		}
		query = map[string]any{"sql": sqlText, "params": named}
	}
	expandable := s.expandableColumns(r, t)
	trailer := []field{
		{"count", count},
		{"count_exact", res.Count.Exact && !q.NoCount},
		{"filtered_table_rows_count", count},
		{"next", nullable(res.Next)},
		{"next_url", nextURL},
		{"truncated", res.Truncated},
		{"facets", facetsJSON(res.Facets)},
		{"facet_results", facetResults},
		{"is_view", t.View},
		{"human_description_en", describe(q, res.ThroughLabels)},
		{"query", query},
		{"expanded_columns", expandedColumns(expandable, expand)},
		{"expandable_columns", expandable},
		{"private", false},
		{"allow_execute_sql", s.cfg.AllowSQL},
		{"query_ms", float64(res.Took.Microseconds()) / 1000},
	}
	if ex.has("suggested_facets") {
		trailer = append(trailer, field{"suggested_facets", s.suggestedFacets(r, t, format, base, res.Suggested)})
	}
	cols, rows := withLabels(format, res.Columns, res.Rows, res.Labels, expand)
	return writeRows(rw, cols, rows, trailer)
}

// expandedColumns is Datasette 0.65's expanded_columns: the expandable columns whose
// labels were put into the rows.
func expandedColumns(expandable [][]any, expand []string) [][]any {
	out := [][]any{}
	for _, e := range expandable {
		if fk, ok := e[0].(map[string]string); ok && slices.Contains(expand, fk["column"]) {
			out = append(out, e)
		}
	}
	return out
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
	if cw, ok := rw.(*csvWriter); ok {
		err = s.reader.StreamTableCSV(r.Context(), q, cw.begin, cw.line)
	} else {
		err = s.reader.StreamTable(r.Context(), q, rw.begin, rw.row)
	}
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

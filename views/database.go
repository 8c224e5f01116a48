package views

import (
	"encoding/json"
	"net/http"

	"hotline/db"
	"hotline/views/page"
)

// database answers /NAME (the list of tables and the SQL editor), /NAME?sql= (ad hoc
// SQL, as Datasette allows), /NAME.json and /NAME.db (the file).
func (s *Server) database(w http.ResponseWriter, r *http.Request) error {
	name, format, err := decodeSegment(r.PathValue("db"), "json", "db")
	if err != nil || name != s.reader.Name() {
		return notFound("no database named %q", r.PathValue("db"))
	}
	if format == "db" {
		return s.download(w, r)
	}
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	if ps.has("sql") {
		return s.adhoc(w, r, ps, format)
	}
	ctx := r.Context()
	schema, err := s.reader.Schema(ctx)
	if err != nil {
		return err
	}
	if format == "json" {
		return s.databaseJSON(w, r, schema)
	}
	tables, hidden, views := s.summaries(ctx, schema)
	p := page.DatabasePage{
		Layout:   s.layout(ctx, s.reader.Name(), nil),
		Tables:   tables,
		Hidden:   hidden,
		Views:    views,
		Queries:  s.querySummaries(s.docs(ctx)),
		Pictures: s.pictureSummaries(schema),
		JSONURL:  s.dbURL("json"),
	}
	if s.cfg.AllowSQL {
		p.QueryURL = s.queryURL("", nil)
	}
	return s.render(w, r, http.StatusOK, page.Database(p))
}

// tableInfo is one table in /NAME.json.
type tableInfo struct {
	Name        string   `json:"name"`
	View        bool     `json:"view"`
	Hidden      bool     `json:"hidden"`
	Columns     []string `json:"columns"`
	PrimaryKeys []string `json:"primary_keys"`
	FTS         string   `json:"fts_table,omitempty"`
	Count       *int64   `json:"count"`
	CountExact  bool     `json:"count_exact"`
	URL         string   `json:"url"`
}

// queryInfo is one canned query in /NAME.json.
type queryInfo struct {
	Name        string `json:"name"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	SQL         string `json:"sql"`
	URL         string `json:"url"`
}

// databaseJSON describes the database: its tables with columns, keys and counts, and its
// canned queries.
func (s *Server) databaseJSON(w http.ResponseWriter, r *http.Request, schema *db.Schema) error {
	ctx := r.Context()
	tables := []tableInfo{}
	for _, t := range schema.Tables {
		ti := tableInfo{Name: t.Name, View: t.View, Hidden: t.Hidden, PrimaryKeys: t.PrimaryKey, FTS: t.FTS, URL: s.tableURL(t.Name, "json", nil)}
		for _, c := range t.Columns {
			ti.Columns = append(ti.Columns, c.Name)
		}
		if !t.Hidden {
			if c, err := s.reader.Count(ctx, t.Name); err == nil {
				ti.Count, ti.CountExact = &c.N, c.Exact
			}
		}
		tables = append(tables, ti)
	}
	d := s.docs(ctx)
	queries := []queryInfo{}
	for _, n := range d.queryNames() {
		q := d.queries[n]
		queries = append(queries, queryInfo{n, q.Title, q.Description, q.SQL, s.tableURL(n, "json", nil)})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	return json.NewEncoder(w).Encode(map[string]any{
		"ok": true, "database": s.reader.Name(), "tables": tables, "queries": queries,
	})
}

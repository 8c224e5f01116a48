package views

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"

	"hotline/views/page"
)

// special answers /-/PAGE and /-/PAGE.json, Datasette's introspection pages: versions,
// settings, metadata and databases. The HTML form shows the same JSON, indented.
func (s *Server) special(w http.ResponseWriter, r *http.Request) error {
	name, _, err := decodeSegment(r.PathValue("page"), "json")
	if err != nil {
		return err
	}
	switch name {
	case "versions":
		return s.introspect(w, r, name, s.versionsJSON(r))
	case "settings":
		return s.introspect(w, r, name, s.settingsJSON())
	case "databases":
		return s.introspect(w, r, name, s.databasesJSON())
	case "metadata":
		m, err := s.metadataJSON(r.Context())
		if err != nil {
			return err
		}
		return s.introspect(w, r, name, m)
	}
	return notFound("no page /-/%s", r.PathValue("page"))
}

// introspect writes v as JSON for /-/NAME.json and as an indented listing for /-/NAME.
func (s *Server) introspect(w http.ResponseWriter, r *http.Request, name string, v any) error {
	_, format, _ := decodeSegment(r.PathValue("page"), "json")
	if format == "json" {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		return json.NewEncoder(w).Encode(v)
	}
	b, err := json.MarshalIndent(v, "", "    ")
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, page.Introspect(page.IntrospectPage{
		Layout:  s.layout(r.Context(), name, nil),
		JSON:    string(b),
		JSONURL: "/-/" + name + ".json",
	}))
}

// settingsJSON is /-/settings.json with Datasette 0.65's keys for the settings Hotline
// has, their values in force, and the fixed answers for the ones it does not make
// configurable (facet sizes, CSV streaming); max_page_size and allow_sql are Hotline's.
func (s *Server) settingsJSON() map[string]any {
	return map[string]any{
		"default_page_size":   s.cfg.DefaultSize,
		"max_returned_rows":   s.cfg.MaxReturned,
		"sql_time_limit_ms":   s.cfg.SQLTimeLimit.Milliseconds(),
		"facet_time_limit_ms": s.cfg.FacetTimeLimit.Milliseconds(),
		"default_facet_size":  30,
		"max_page_size":       s.cfg.MaxSize,
		"allow_facet":         true,
		"suggest_facets":      true,
		"allow_download":      s.cfg.AllowDownload,
		"allow_csv_stream":    true,
		"default_allow_sql":   s.cfg.AllowSQL,
		"allow_sql":           s.cfg.AllowSQL,
		"hash_urls":           false,
		"base_url":            "/",
	}
}

// databasesJSON is /-/databases.json in Datasette 0.65's shape: one entry per database
// served. The path is the file name only: the server's folders are nobody's business.
func (s *Server) databasesJSON() []map[string]any {
	path := s.reader.Path()
	var size any
	if st, err := os.Stat(path); err == nil {
		size = st.Size()
	}
	return []map[string]any{{
		"name":       s.reader.Name(),
		"route":      s.reader.Name(),
		"path":       filepath.Base(path),
		"size":       size,
		"is_mutable": false,
		"is_memory":  false,
		"hash":       nil,
	}}
}

// metadataJSON is /-/metadata.json in Datasette 0.65's metadata.json shape: the dataset's
// title, description, licence and source, and under databases.NAME the descriptions of
// tables and columns and the canned queries, merged from the file and the configuration.
func (s *Server) metadataJSON(ctx context.Context) (map[string]any, error) {
	d := s.docs(ctx)
	out := map[string]any{}
	for k, v := range map[string]string{
		"title": d.info.Title, "description": d.info.Description, "license": d.info.License,
		"license_url": d.info.LicenseURL, "source": d.info.Source, "source_url": d.info.SourceURL,
	} {
		if v != "" {
			out[k] = v
		}
	}
	tables := map[string]any{}
	for name, td := range d.tables {
		t := map[string]any{}
		if td.Description != "" {
			t["description"] = td.Description
		}
		if len(td.Columns) > 0 {
			t["columns"] = td.Columns
		}
		tables[name] = t
	}
	queries := map[string]any{}
	for name, q := range d.queries {
		m := map[string]any{"sql": q.SQL}
		if q.Title != "" {
			m["title"] = q.Title
		}
		if q.Description != "" {
			m["description"] = q.Description
		}
		queries[name] = m
	}
	out["databases"] = map[string]any{s.reader.Name(): map[string]any{"tables": tables, "queries": queries}}
	return out, nil
}

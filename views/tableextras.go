package views

import (
	"net/http"
	"slices"
	"strconv"

	"hotline/db"
)

// extras are the keys a table's JSON was asked to add with _extra (Datasette 1.0), e.g.
// _extra=count,next_url&_extra=facet_results.
type extras []string

func parseExtras(ps params) extras {
	var out extras
	for _, v := range ps.all("_extra") {
		out = append(out, splitList(v)...)
	}
	return out
}

func (e extras) has(name string) bool { return slices.Contains(e, name) }

// facetInfo is one facet in Datasette's JSON: the same object in 0.65's facet_results
// (keyed by name) and 1.0's facet_results.results.
type facetInfo struct {
	Name      string           `json:"name"`
	Type      string           `json:"type"`
	Hideable  bool             `json:"hideable"`
	ToggleURL string           `json:"toggle_url"`
	Results   []facetValueInfo `json:"results"`
	Truncated bool             `json:"truncated"`
}

type facetValueInfo struct {
	Value     any    `json:"value"`
	Label     any    `json:"label"`
	Count     int64  `json:"count"`
	ToggleURL string `json:"toggle_url"`
	Selected  bool   `json:"selected"`
}

// facetResults is facet_results keyed as Datasette 0.65 keys them (a second facet of
// the same column is "col_2"), with the columns whose facet timed out.
func (s *Server) facetResults(r *http.Request, t *db.Table, format string, base params, facets []db.Facet) (map[string]facetInfo, []string) {
	out := map[string]facetInfo{}
	timedOut := []string{}
	for _, f := range facets {
		if f.TimedOut {
			timedOut = append(timedOut, f.Column)
			continue
		}
		kind := string(f.Kind)
		if kind == "" {
			kind = string(db.FacetColumn)
		}
		info := facetInfo{
			Name: f.Column, Type: kind, Hideable: true, Truncated: f.More, Results: []facetValueInfo{},
			ToggleURL: s.absURL(s.tableURL(t.Name, format, base.withoutPair(facetParam(f.Kind), f.Column))),
		}
		for _, v := range f.Values {
			next, selected := facetToggle(base, f, v)
			var label any = facetLabel(v)
			if v.Value == nil {
				label = nil
			}
			info.Results = append(info.Results, facetValueInfo{
				Value: jsonValue(v.Value), Label: label, Count: v.Count, Selected: selected,
				ToggleURL: s.absURL(s.tableURL(t.Name, format, next)),
			})
		}
		key := f.Column
		for i := 2; ; i++ {
			if _, taken := out[key]; !taken {
				break
			}
			key = f.Column + "_" + strconv.Itoa(i)
		}
		out[key] = info
	}
	return out, timedOut
}

// suggestedFacets is Datasette's suggested_facets: [{"name", "toggle_url"}], with "type"
// for facets other than plain columns.
func (s *Server) suggestedFacets(r *http.Request, t *db.Table, format string, base params, sug []db.FacetRequest) []map[string]any {
	out := []map[string]any{}
	for _, f := range sug {
		m := map[string]any{"name": f.Column, "toggle_url": s.absURL(s.tableURL(t.Name, format, base.with(facetParam(f.Kind), f.Column)))}
		if f.Kind != db.FacetColumn {
			m["type"] = string(f.Kind)
		}
		out = append(out, m)
	}
	return out
}

// expandableColumns is Datasette 0.65's expandable_columns: each foreign key whose
// target has a label column, as [{"column", "other_table", "other_column"}, label].
func (s *Server) expandableColumns(r *http.Request, t *db.Table) [][]any {
	out := [][]any{}
	schema, err := s.reader.Schema(r.Context())
	if err != nil {
		return out
	}
	for _, fk := range t.ForeignKeys {
		if target := schema.Table(fk.RefTable); target != nil && target.Label != "" {
			out = append(out, []any{
				map[string]string{"column": fk.Column, "other_table": fk.RefTable, "other_column": fk.RefColumn},
				target.Label,
			})
		}
	}
	return out
}

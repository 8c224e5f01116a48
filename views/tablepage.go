package views

import (
	"net/http"
	"slices"

	"hotline/db"
	"hotline/views/page"
)

// tablePage builds the view model of a table page. Every link keeps the current
// parameters except those it changes, and none keeps _next: a changed query starts
// again at its first page.
func (s *Server) tablePage(r *http.Request, t *db.Table, ps params, q db.TableQuery, res *db.Result) page.TablePage {
	base := ps.without("_next", "_shape", "_dl", "_stream")
	doc := s.docs(r.Context()).tables[t.Name]
	p := page.TablePage{
		About:       doc.Description,
		Layout:      s.layout(r.Context(), t.Name, s.dbCrumbs()),
		Name:        t.Name,
		IsView:      t.View,
		Description: describe(q, res.ThroughLabels),
		CountText:   countText(res.Count.N, res.Count.Exact),
		Form:        s.filterForm(t, base),
		Facets:      s.facetBoxes(t, base, res.Facets),
		Suggested:   s.suggestedLinks(t, base, res.Suggested),
		Grid: s.grid(res.Columns, res.Rows, gridSpec{
			table:    t,
			docs:     doc.Columns,
			snippets: res.Snippets,
			labels:   res.Labels,
			sort:     s.sortLinks(t, base, q),
			menu:     s.columnMenu(t, base, q),
		}),
		Exports: page.Exports{
			JSON:      s.tableURL(t.Name, "json", ps.without("_shape", "_dl", "_stream")),
			CSV:       s.tableURL(t.Name, "csv", ps.without("_shape", "_dl", "_stream").with("_dl", "1")),
			CSVStream: s.tableURL(t.Name, "csv", base.without("_size").with("_stream", "on").with("_dl", "1")),
		},
	}
	if t.Searchable() && q.SearchColumn == "" {
		p.Search = &page.SearchBox{
			Action: s.tableURL(t.Name, "", nil),
			Value:  q.Search,
			Hidden: formFields(base.without("_search")),
		}
	}
	if len(q.Through) > 0 {
		// "7 contacts of Joe Biden via contact_participants": the rows are someone's.
		p.CountText = countOf(res.Count.N, res.Count.Exact, t.Name)
	}
	if res.Next != "" {
		p.NextURL = s.tableURL(t.Name, "", base.with("_next", res.Next))
	}
	p.SQLURL = s.sqlURL(r, q)
	p.Empty = s.emptyState(t, q, res)
	return p
}

// sortLinks makes each column header a link: ascending first, descending when the page
// is already sorted ascending by it; the current sort shows an arrow.
func (s *Server) sortLinks(t *db.Table, base params, q db.TableQuery) func(string) (string, string) {
	unsorted := base.without("_sort", "_sort_desc")
	return func(col string) (string, string) {
		switch {
		case q.Sort == col && !q.Desc:
			return s.tableURL(t.Name, "", unsorted.with("_sort_desc", col)), "▲"
		case q.Sort == col:
			return s.tableURL(t.Name, "", unsorted.with("_sort", col)), "▼"
		}
		return s.tableURL(t.Name, "", unsorted.with("_sort", col)), ""
	}
}

// columnMenu is each column's menu, Datasette's cog: sort either way, facet by it, hide
// it, keep only rows where it is not blank. Entries that would change nothing are left
// out (sorting the way the page is already sorted, a facet already shown).
func (s *Server) columnMenu(t *db.Table, base params, q db.TableQuery) func(string) []page.MenuItem {
	unsorted := base.without("_sort", "_sort_desc")
	return func(col string) []page.MenuItem {
		var items []page.MenuItem
		if q.Sort != col || q.Desc {
			items = append(items, page.MenuItem{Text: "Sort ascending", ID: "sort-asc", URL: s.tableURL(t.Name, "", unsorted.with("_sort", col))})
		}
		if q.Sort != col || !q.Desc {
			items = append(items, page.MenuItem{Text: "Sort descending", ID: "sort-desc", URL: s.tableURL(t.Name, "", unsorted.with("_sort_desc", col))})
		}
		if hasColumn(t, col) && !slices.Contains(q.Facets, col) {
			items = append(items, page.MenuItem{Text: "Facet by this", ID: "facet", URL: s.tableURL(t.Name, "", base.with("_facet", col))})
		}
		if !slices.Contains(t.PrimaryKey, col) && col != "rowid" {
			hide := base.with("_nocol", col)
			if base.has("_col") {
				hide = base.withoutPair("_col", col)
			}
			items = append(items, page.MenuItem{Text: "Hide this column", ID: "hide", URL: s.tableURL(t.Name, "", hide)})
		}
		if key := filterKey(col, "notblank"); !containsPair(base, key, "1") {
			items = append(items, page.MenuItem{Text: "Show only non-blank rows", ID: "notblank", URL: s.tableURL(t.Name, "", base.with(key, "1"))})
		}
		return items
	}
}

// facetBoxes turns facet counts into links that add (or remove) the filter on a value.
func (s *Server) facetBoxes(t *db.Table, base params, facets []db.Facet) []page.FacetBox {
	var out []page.FacetBox
	for _, f := range facets {
		box := page.FacetBox{Column: f.Column, Title: facetTitle(f.Column, f.Kind), TimedOut: f.TimedOut, More: f.More}
		for _, v := range f.Values {
			link := page.FacetLink{Label: facetLabel(v), Count: v.Count}
			next, selected := facetToggle(base, f, v)
			link.Selected = selected
			link.URL = s.tableURL(t.Name, "", next)
			box.Values = append(box.Values, link)
		}
		out = append(out, box)
	}
	return out
}

// suggestedLinks are the suggested facets as links that add them to the page.
func (s *Server) suggestedLinks(t *db.Table, base params, sug []db.FacetRequest) []page.Link {
	var out []page.Link
	for _, f := range sug {
		out = append(out, page.Link{Text: facetTitle(f.Column, f.Kind), URL: s.tableURL(t.Name, "", base.with(facetParam(f.Kind), f.Column))})
	}
	return out
}

// facetLabel is how a facet value reads: its foreign-key label, or the value itself.
func facetLabel(v db.FacetValue) string {
	switch {
	case v.Label != "":
		return v.Label
	case v.Value == nil:
		return "(null)"
	case valueText(v.Value) == "":
		return "(empty)"
	}
	return displayText(v.Value)
}

func containsPair(ps params, key, value string) bool {
	for _, p := range ps {
		if p.Key == key && p.Value == value {
			return true
		}
	}
	return false
}

// formFields are parameters as hidden form fields.
func formFields(ps params) []page.Field {
	out := make([]page.Field, len(ps))
	for i, p := range ps {
		out[i] = page.Field{Name: p.Key, Value: p.Value}
	}
	return out
}

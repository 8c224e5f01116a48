package views

import (
	"slices"
	"strconv"
	"strings"

	"hotline/db"
)

// parseTableQuery turns a table URL's parameters into a db.TableQuery, checking every
// column name and number so that a bad URL is a 400 naming the problem. Parameters that
// start with "_" and mean nothing here (_trace, _labels, a client's own) are ignored, as
// Datasette ignores them: scripts written for it send them.
func parseTableQuery(ps params, t *db.Table, cfg Config) (db.TableQuery, error) {
	q := db.TableQuery{Table: t.Name, Search: ps.get("_search"), Next: ps.get("_next"), NoCount: truthy(ps.get("_nocount"))}
	var err error
	for _, p := range ps {
		if strings.HasPrefix(p.Key, "_") {
			continue
		}
		f, err := parseFilter(p.Key, p.Value, t)
		if err != nil {
			return q, err
		}
		q.Filters = append(q.Filters, f)
	}
	if q.Through, err = parseThrough(ps); err != nil {
		return q, err
	}
	if err := parseSort(ps, t, &q); err != nil {
		return q, err
	}
	size, err := parseSize(ps.get("_size"), cfg)
	if err != nil {
		return q, err
	}
	q.Size, q.NoRows = size, size == 0
	switch mode := ps.get("_searchmode"); mode {
	case "", "escaped":
	case "raw":
		q.SearchRaw = true // FTS5 syntax: AND, OR, NOT, prefix*, NEAR
	default:
		return q, invalid("_searchmode must be raw or escaped, not %q", mode)
	}
	if err := parseColumnSearch(ps, &q); err != nil {
		return q, err
	}
	if q.Search != "" && !t.Searchable() {
		return q, invalid("%s has no full-text index, so _search cannot be used", t.Name)
	}
	if err := parseFacets(ps, t, cfg, &q); err != nil {
		return q, err
	}
	if wheres := ps.all("_where"); len(wheres) > 0 {
		if !cfg.AllowSQL {
			return q, denied("_where runs SQL, and SQL is disabled on this server")
		}
		q.Where = wheres
	}
	q.Columns, err = pickColumns(t, ps.all("_col"), ps.all("_nocol"))
	return q, err
}

// facetParams maps each facet parameter to the kind of facet it asks for: Datasette's
// _facet, _facet_date and _facet_array, and Hotline's _facet_year and _facet_month.
func facetParams() []struct {
	Key  string
	Kind db.FacetKind
} {
	return []struct {
		Key  string
		Kind db.FacetKind
	}{
		{"_facet", db.FacetColumn}, {"_facet_date", db.FacetDate}, {"_facet_array", db.FacetArray},
		{"_facet_year", db.FacetYear}, {"_facet_month", db.FacetMonth},
	}
}

// parseFacets reads the facet parameters and _facet_size (a number, or max for the row
// limit).
func parseFacets(ps params, t *db.Table, cfg Config, q *db.TableQuery) error {
	for _, fp := range facetParams() {
		for _, f := range ps.all(fp.Key) {
			if !hasColumn(t, f) {
				return invalid("cannot facet by %q: %s has no such column", f, t.Name)
			}
			switch req := (db.FacetRequest{Column: f, Kind: fp.Kind}); {
			case fp.Kind == db.FacetColumn && !slices.Contains(q.Facets, f):
				q.Facets = append(q.Facets, f)
			case fp.Kind != db.FacetColumn && !slices.Contains(q.TypedFacets, req):
				q.TypedFacets = append(q.TypedFacets, req)
			}
		}
	}
	switch v := ps.get("_facet_size"); v {
	case "":
	case "max":
		q.FacetSize = cfg.MaxReturned
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > cfg.MaxReturned {
			return invalid("_facet_size must be a whole number from 1 to %d (or max), not %q", cfg.MaxReturned, v)
		}
		q.FacetSize = n
	}
	return nil
}

// parseSort reads _sort or _sort_desc (not both).
func parseSort(ps params, t *db.Table, q *db.TableQuery) error {
	asc, desc := ps.get("_sort"), ps.get("_sort_desc")
	if asc != "" && desc != "" {
		return invalid("use _sort or _sort_desc, not both")
	}
	q.Sort, q.Desc = asc, false
	if desc != "" {
		q.Sort, q.Desc = desc, true
	}
	if q.Sort != "" && !hasColumn(t, q.Sort) {
		return invalid("cannot sort by %q: %s has no such column", q.Sort, t.Name)
	}
	return nil
}

// parseSize reads _size: a whole number from 0 to cfg.MaxSize, or "max". 0 asks for no
// rows, only the count and the facets, as in Datasette.
func parseSize(v string, cfg Config) (int, error) {
	switch v {
	case "":
		return cfg.DefaultSize, nil
	case "max":
		return cfg.MaxSize, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > cfg.MaxSize {
		return 0, invalid("_size must be a whole number from 0 to %d (or max), not %q", cfg.MaxSize, v)
	}
	return n, nil
}

// pickColumns applies _col (only these) and _nocol (all but these). The primary key is
// always kept, since row links need it. nil means every column.
func pickColumns(t *db.Table, cols, nocols []string) ([]string, error) {
	if len(cols) == 0 && len(nocols) == 0 {
		return nil, nil
	}
	for _, c := range slices.Concat(cols, nocols) {
		if !hasColumn(t, c) {
			return nil, invalid("unknown column %q in _col/_nocol: %s has no such column", c, t.Name)
		}
	}
	var out []string
	keep := func(c string) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, k := range t.PrimaryKey {
		if hasColumn(t, k) {
			keep(k)
		}
	}
	if len(cols) > 0 {
		for _, c := range cols {
			keep(c)
		}
		return out, nil
	}
	for _, c := range t.Columns {
		if !slices.Contains(nocols, c.Name) || slices.Contains(t.PrimaryKey, c.Name) {
			keep(c.Name)
		}
	}
	return out, nil
}

// parseColumnSearch reads Datasette's _search_COLUMN=text, a search of one column of the
// full-text index. One search per page: with _search or a second column it is a 400,
// not a silently ignored parameter.
func parseColumnSearch(ps params, q *db.TableQuery) error {
	for _, p := range ps {
		col, ok := strings.CutPrefix(p.Key, "_search_")
		if !ok || col == "" {
			continue
		}
		if q.Search != "" || q.SearchColumn != "" {
			return invalid("give one search, _search or one _search_COLUMN: %s comes with another", p.Key)
		}
		q.Search, q.SearchColumn = p.Value, col
	}
	return nil
}

package views

import (
	"fmt"
	"net/http"

	"hotline/db"
	"hotline/views/page"
)

// maxPageQuery is the longest query string a table page (HTML) takes. The page repeats
// it in every sort, facet, filter, column-menu and export link: 100 KB of filter asked
// for a 4 MB page, 500 KB for 21 MB. 32 KB holds any filter a person types or a list of
// some thousands of ids; JSON and CSV, which write it once, have no such limit.
const maxPageQuery = 32 << 10

// table answers /NAME/TABLE[.json|.csv]: one page of a table or view, or a canned query.
// A canned query takes priority over a table of the same name, as in Datasette: the
// configuration is the deliberate choice.
func (s *Server) table(w http.ResponseWriter, r *http.Request) error {
	if err := s.checkDB(r); err != nil {
		return err
	}
	name, format, err := decodeSegment(r.PathValue("table"), "json", "csv")
	if err != nil {
		return err
	}
	if _, ok := s.docs(r.Context()).queries[name]; ok {
		return s.canned(w, r, name, format)
	}
	if n := len(r.URL.RawQuery); format == "" && n > maxPageQuery {
		return httpError(http.StatusRequestURITooLong, fmt.Sprintf("the address holds %d KB of parameters, and a table page "+
			"repeats them in each of its links, so it takes at most %d KB: ask the .json or .csv URL, or put a long "+
			"list of values in SQL", n>>10, maxPageQuery>>10))
	}
	ctx := r.Context()
	t, err := s.findTable(ctx, name)
	if err != nil {
		return err
	}
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	if ps.has("_filter_column") {
		return s.addFilter(w, r, t, ps)
	}
	q, err := parseTableQuery(ps, t, s.cfg)
	if err != nil {
		return err
	}
	// Suggestions cost a statement: pages always show them, JSON only when asked.
	q.Suggest = format == "" || (format == "json" && parseExtras(ps).has("suggested_facets"))
	if truthy(ps.get("_stream")) {
		return s.streamTable(w, r, t, ps, format, q)
	}
	if format == "" {
		q.Clip = s.cfg.TruncateCells // the page shows no more; JSON and CSV get values whole
	} else {
		// JSON and CSV carry labels only for the columns _labels or _label name; looking
		// them up anyway was a fifth of a JSON page's CPU.
		expand, err := labelColumns(ps, t)
		if err != nil {
			return err
		}
		q.NoLabels = len(expand) == 0
		// Rows written as JSON objects by SQLite fit the shapes made of row objects.
		o := outputFor(ps, format, t.Name, t.PrimaryKey)
		q.JSONRows = format == "json" && (o.shape == "objects" || o.shape == "array") && len(o.jsonCols) == 0
	}
	res, err := s.reader.TablePage(ctx, q)
	if err != nil {
		return err
	}
	if format != "" {
		return s.writeTable(w, r, t, ps, format, q, res)
	}
	p := s.tablePage(r, t, ps, q, res)
	p.Timeline = s.tableTimeline(r, t, ps, q)
	return s.render(w, r, http.StatusOK, page.Table(p))
}

// addFilter turns the filter form's _filter_column, _filter_op and _filter_value into a
// col__op=value parameter and redirects to the canonical URL, so the form needs no
// JavaScript and the result has a clean URL.
func (s *Server) addFilter(w http.ResponseWriter, r *http.Request, t *db.Table, ps params) error {
	col, opName, value := ps.get("_filter_column"), ps.get("_filter_op"), ps.get("_filter_value")
	next := ps.without("_filter_column", "_filter_op", "_filter_value", "_next")
	if col != "" {
		if opName == "" {
			opName = "exact"
		}
		op, ok := lookupOp(opName)
		if !ok {
			return invalid("unknown filter operator %q; the operators are %s", opName, opNames())
		}
		if op.NoValue {
			value = "1"
		}
		if _, err := parseFilter(filterKey(col, op.Name), value, t); err != nil {
			return err
		}
		next = next.with(filterKey(col, op.Name), value)
	}
	http.Redirect(w, r, s.tableURL(t.Name, "", next), http.StatusFound)
	return nil
}

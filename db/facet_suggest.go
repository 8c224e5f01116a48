package db

import (
	"context"
	"errors"
	"slices"
	"strings"
)

// suggestSample is how many matching rows suggestions look at: enough to see whether a
// column repeats a few values, few enough to cost the same on a table of any size.
const suggestSample = 1000

// suggest finds the facets worth offering on a page, in one statement over a sample of
// the matching rows, under the facet time limit: a column whose sampled values repeat a
// few (2 to 30) distinct values, and year and month for a column of ISO dates. Facets
// already shown and the key are left out. Running out of time suggests nothing.
func (r *Reader) suggest(ctx context.Context, p *tablePlan) ([]FacetRequest, error) {
	var cols []Column
	for _, col := range p.t.Columns {
		if col.PK == 0 {
			cols = append(cols, col)
		}
	}
	if len(cols) == 0 {
		return nil, nil
	}
	exprs := []string{"count(*)"}
	inner := make([]string, len(cols))
	for i, col := range cols {
		q := quoteIdent(col.Name)
		inner[i] = valueExpr(col) + " AS " + q
		exprs = append(exprs, "count(DISTINCT "+q+")", "count("+q+")",
			"coalesce(sum(CAST("+q+" AS TEXT) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'), 0)")
	}
	q := "SELECT " + strings.Join(exprs, ", ") + " FROM (SELECT " + strings.Join(inner, ", ") + p.from() + " LIMIT ?)"
	fctx, cancel := context.WithTimeout(ctx, r.opt.FacetTimeLimit)
	defer cancel()
	args := append(append([]any{}, p.args...), suggestSample)
	// The sample's statistics are the same for every page of one filter: they are kept
	// with the file generation like facets, so a table page does not sample on each visit.
	g, release := r.use(ctx)
	defer release()
	v, waited, err := r.cached(fctx, g, derivedKey("suggest", q, args), 0, func(ctx context.Context) (any, bool, error) {
		c, err := r.conn(ctx, g)
		if err != nil {
			return nil, false, err
		}
		defer c.Close()
		var stats []int64
		err = eachRow(ctx, c, q, args, func(row []any) error {
			for _, v := range row {
				n, _ := v.(int64)
				stats = append(stats, n)
			}
			return nil
		})
		return stats, err == nil, err
	})
	if err != nil {
		if !waited && errors.Is(err, context.DeadlineExceeded) {
			return nil, nil
		}
		return nil, sqlError(err, r.opt.FacetTimeLimit)
	}
	stats := v.([]int64)
	if len(stats) == 0 || stats[0] < 2 {
		return nil, nil
	}
	rows := stats[0]
	shown := func(col string, k FacetKind) bool {
		return slices.ContainsFunc(p.facets, func(f facetCol) bool { return f.col.Name == col && f.kind == k })
	}
	var out []FacetRequest
	for i, col := range cols {
		distinct, nonNull, dates := stats[1+3*i], stats[2+3*i], stats[3+3*i]
		if distinct > 1 && distinct <= facetValues && distinct < rows && !shown(col.Name, FacetColumn) {
			out = append(out, FacetRequest{Column: col.Name, Kind: FacetColumn})
		}
		if nonNull > 0 && dates == nonNull && distinct > 1 {
			for _, k := range []FacetKind{FacetYear, FacetMonth} {
				if !shown(col.Name, k) {
					out = append(out, FacetRequest{Column: col.Name, Kind: k})
				}
			}
		}
	}
	return out, nil
}

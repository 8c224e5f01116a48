package db

import (
	"context"
	"database/sql"
	"errors"
)

// facetValues is how many values a facet shows; one more is read to know there are more.
const facetValues = 30

// facet counts the values of one column under the page's filters, most frequent first.
// Facets are cached with the file's generation (derivedCache), so a facet is computed
// once per version of the file, by one request's statement that every other request
// waits for. Its time limit counts that statement's execution: derivedLimit facet time
// limits, since the answer serves every later page. A page waits for it up to half its
// own time limit (or the facet limit, if longer), so that the first page of a busy
// server still shows the facet; running out of either marks the facet TimedOut instead
// of failing the page, as facets are an extra.
func (r *Reader) facet(ctx context.Context, p *tablePlan, req facetCol) (Facet, error) {
	col := req.col
	fctx, cancel := context.WithTimeout(ctx, max(r.opt.FacetTimeLimit, r.opt.SQLTimeLimit/2))
	defer cancel()
	size := p.facetSize
	if size <= 0 {
		size = facetValues
	}
	q := facetSQL(p, req.kind, col)
	args := append(append([]any{}, p.args...), size+1)
	g, release := r.use(ctx)
	defer release()
	key := derivedKey("facet:"+string(req.kind), q, args)
	v, _, err := r.cached(fctx, g, key, derivedLimit*r.opt.FacetTimeLimit, func(ctx context.Context) (any, bool, error) {
		f, err := r.computeFacet(ctx, g, p, req, q, args, size)
		return f, err == nil && !f.TimedOut, err
	})
	switch {
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return Facet{Column: col.Name, Kind: req.kind, TimedOut: true}, nil
	case err != nil:
		return Facet{}, err
	}
	return v.(Facet), nil
}

// computeFacet runs a facet's query on its own connection of g.
func (r *Reader) computeFacet(ctx context.Context, g *generation, p *tablePlan, req facetCol, q string, args []any, size int) (Facet, error) {
	col := req.col
	c, err := r.conn(ctx, g)
	if err != nil {
		return Facet{}, err
	}
	defer c.Close()
	f := Facet{Column: col.Name, Kind: req.kind}
	err = eachRow(ctx, c, q, args, func(row []any) error {
		n, _ := row[1].(int64)
		f.Values = append(f.Values, FacetValue{Value: row[0], Count: n})
		return nil
	})
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Facet{Column: col.Name, Kind: req.kind, TimedOut: true}, nil
		}
		return Facet{}, sqlError(err, r.opt.SQLTimeLimit)
	}
	if len(f.Values) > size {
		f.Values, f.More = f.Values[:size], true
	}
	if req.kind != FacetColumn {
		return f, nil // dates, years and array elements are not foreign keys
	}
	return f, r.facetLabels(ctx, c, p.t, &f)
}

// facetLabels names the values of a foreign-key facet after the rows they point to.
func (r *Reader) facetLabels(ctx context.Context, c *sql.Conn, t *Table, f *Facet) error {
	rows := make([][]any, len(f.Values))
	for i, v := range f.Values {
		rows[i] = []any{v.Value}
	}
	m, err := labels(ctx, c, r.schemaOf(ctx), t, []string{f.Column}, rows)
	if err != nil {
		return sqlError(err, r.opt.SQLTimeLimit)
	}
	for i, v := range f.Values {
		if v.Value != nil {
			f.Values[i].Label = m[f.Column][LabelKey(v.Value)]
		}
	}
	return nil
}

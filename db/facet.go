package db

import (
	"context"
	"database/sql"
	"errors"
)

// facetValues is how many values a facet shows; one more is read to know there are more.
const facetValues = 30

// facet counts the values of one column under the page's filters, most frequent first.
// It has its own, shorter time limit; running out of it marks the facet TimedOut instead
// of failing the page, as facets are an extra.
func (r *Reader) facet(ctx context.Context, c *sql.Conn, p *tablePlan, req facetCol) (Facet, error) {
	col := req.col
	f := Facet{Column: col.Name, Kind: req.kind}
	fctx, cancel := context.WithTimeout(ctx, r.opt.FacetTimeLimit)
	defer cancel()
	size := p.facetSize
	if size <= 0 {
		size = facetValues
	}
	q := facetSQL(p, req.kind, col)
	err := eachRow(fctx, c, q, append(append([]any{}, p.args...), size+1), func(row []any) error {
		n, _ := row[1].(int64)
		f.Values = append(f.Values, FacetValue{Value: row[0], Count: n})
		return nil
	})
	if err != nil {
		if errors.Is(fctx.Err(), context.DeadlineExceeded) {
			return Facet{Column: col.Name, Kind: req.kind, TimedOut: true}, nil
		}
		return Facet{}, sqlError(err, r.opt.FacetTimeLimit)
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

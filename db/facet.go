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
// of failing the page, as facets are an extra. Facets are cached by query and file
// generation (facetCache), so a facet is computed once per version of the file.
func (r *Reader) facet(ctx context.Context, p *tablePlan, col Column) (Facet, error) {
	fctx, cancel := context.WithTimeout(ctx, r.opt.FacetTimeLimit)
	defer cancel()
	q := "SELECT " + valueExpr(col) + ", count(*)" + p.from() + " GROUP BY " + quoteIdent(col.Name) +
		" ORDER BY 2 DESC, 1 LIMIT ?"
	args := append(append([]any{}, p.args...), facetValues+1)
	return r.cachedFacet(fctx, facetKey(r.generation(), q, args), col.Name, func(ctx context.Context) (Facet, error) {
		c, err := r.conn(ctx)
		if err != nil {
			return Facet{}, err
		}
		defer c.Close()
		f := Facet{Column: col.Name}
		err = eachRow(ctx, c, q, args, func(row []any) error {
			n, _ := row[1].(int64)
			f.Values = append(f.Values, FacetValue{Value: row[0], Count: n})
			return nil
		})
		if err != nil {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return Facet{Column: col.Name, TimedOut: true}, nil
			}
			return Facet{}, sqlError(err, r.opt.SQLTimeLimit)
		}
		if len(f.Values) > facetValues {
			f.Values, f.More = f.Values[:facetValues], true
		}
		return f, r.facetLabels(ctx, c, p.t, &f)
	})
}

// facetLabels names the values of a foreign-key facet after the rows they point to.
func (r *Reader) facetLabels(ctx context.Context, c *sql.Conn, t *Table, f *Facet) error {
	rows := make([][]any, len(f.Values))
	for i, v := range f.Values {
		rows[i] = []any{v.Value}
	}
	m, err := labels(ctx, c, r.schema, t, []string{f.Column}, rows)
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

package db

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// previewRows is how many related rows a row page shows inline: enough to read like a
// profile, few enough that every preview is a small indexed read.
const previewRows = 5

// previewLabel is the expression that names a row of t in a preview: its label column,
// falling back (when that is NULL, as an untitled article's title is) to its first text
// column that is neither key nor foreign key (an article's source, a quote's text).
// "NULL" when t has neither.
func previewLabel(t *Table) string {
	var names []string
	if t.Label != "" {
		names = append(names, quoteIdent(t.Label))
	}
	for _, c := range t.Columns {
		if c.PK > 0 || c.Name == t.Label || affinity(c.Type) != affText || isForeignKey(t, c.Name) {
			continue
		}
		names = append(names, quoteIdent(c.Name))
		break
	}
	switch len(names) {
	case 0:
		return "NULL"
	case 1:
		return names[0]
	}
	return "coalesce(" + strings.Join(names, ", ") + ")"
}

func isForeignKey(t *Table, col string) bool {
	for _, fk := range t.ForeignKeys {
		if fk.Column == col {
			return true
		}
	}
	return false
}

// preview is previews under the facet time limit: a preview is an extra, so one that
// runs out of time is left out rather than failing the row page.
func (r *Reader) preview(ctx context.Context, c *sql.Conn, t *Table, where string, args []any) ([]Preview, error) {
	pctx, cancel := context.WithTimeout(ctx, r.opt.FacetTimeLimit)
	defer cancel()
	out, err := previews(pctx, c, t, where, args)
	if err != nil && errors.Is(pctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
		return nil, nil
	}
	return out, err
}

// previews reads the first previewRows rows of t under where (in key order) as their
// keys and labels.
func previews(ctx context.Context, c *sql.Conn, t *Table, where string, args []any) ([]Preview, error) {
	var exprs, order []string
	for _, k := range t.PrimaryKey {
		col, ok := t.column(k)
		if !ok {
			return nil, nil
		}
		exprs = append(exprs, valueExpr(col))
		order = append(order, quoteIdent(col.Name))
	}
	exprs = append(exprs, previewLabel(t))
	q := "SELECT " + strings.Join(exprs, ", ") + " FROM " + quoteIdent(t.Name) + " WHERE " + where +
		" ORDER BY " + strings.Join(order, ", ") + " LIMIT ?"
	var out []Preview
	err := eachRow(ctx, c, q, append(append([]any{}, args...), previewRows), func(row []any) error {
		n := len(row) - 1
		out = append(out, Preview{Key: row[:n:n], Label: row[n]})
		return nil
	})
	return out, err
}

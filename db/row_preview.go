package db

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
)

// previewRows is how many related rows a row page shows inline: enough to read like a
// profile, few enough that every preview is a small indexed read.
const previewRows = 5

// previewLabel is the expression that names a row of t in a preview: its label column,
// then (when that is NULL, as an untitled article's title is) its first column named
// like running text (a quote's text, a mention's sentence), then its first other text
// column that is not a foreign key (an article's source, an alias). A short code such as
// a status says little about a row, so running text goes before it. "NULL" when t has
// no such column.
func previewLabel(t *Table) string {
	var names []string
	add := func(name string) {
		if q := quoteIdent(name); !slices.Contains(names, q) {
			names = append(names, q)
		}
	}
	if t.Label != "" {
		add(t.Label)
	}
	var plain []string
	for _, c := range t.Columns {
		if affinity(c.Type) != affText || isForeignKey(t, c.Name) {
			continue
		}
		plain = append(plain, c.Name)
	}
	for _, c := range plain {
		if runningText(c) {
			add(c)
			break
		}
	}
	if len(plain) > 0 {
		add(plain[0])
	}
	switch len(names) {
	case 0:
		return "NULL"
	case 1:
		return names[0]
	}
	return "coalesce(" + strings.Join(names, ", ") + ")"
}

// runningText reports whether a column's name says it holds prose.
func runningText(name string) bool {
	switch strings.ToLower(name) {
	case "text", "body", "content", "sentence", "quote", "summary", "description", "comment", "message", "note":
		return true
	}
	return false
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

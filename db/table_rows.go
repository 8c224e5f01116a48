package db

import (
	"context"
	"database/sql"
)

// queryer is what a sandboxed *sql.Conn offers; helpers take it so that they can be used
// with the one connection a request holds.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// eachRow runs a query and calls fn with every row as a fresh slice of SQL values.
func eachRow(ctx context.Context, c queryer, query string, args []any, fn func([]any) error) error {
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	ptrs := make([]any, len(cols))
	for rows.Next() {
		vals := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		if err := fn(vals); err != nil {
			return err
		}
	}
	return rows.Err()
}

// readTable reads up to limit rows of the plan in table order after the token (limit -1:
// all), calling fn for each with the visible columns followed by the token's columns.
func (p *tablePlan) readTable(ctx context.Context, c queryer, after *keyset, limit int, fn func([]any) error) error {
	rs, err := p.regions(after)
	if err != nil {
		return err
	}
	for _, r := range rs {
		n := 0
		q, args := p.regionSQL(r, limit)
		err := eachRow(ctx, c, q, args, func(row []any) error {
			n++
			return fn(row)
		})
		if err != nil {
			return err
		}
		if limit >= 0 {
			if limit -= n; limit == 0 {
				return nil
			}
		}
	}
	return nil
}

// readView reads a view, which has no key: pages are LIMIT/OFFSET in the sort order (or
// the view's own order), so deep pages cost more and rows may shift if the file changes.
func (p *tablePlan) readView(ctx context.Context, c queryer, offset int64, limit int, fn func([]any) error) error {
	q := "SELECT " + p.selectList() + p.from()
	if p.sort != nil {
		dir := ""
		if p.desc {
			dir = " DESC"
		}
		q += " ORDER BY " + valueExpr(*p.sort) + dir
	}
	return eachRow(ctx, c, q+" LIMIT ? OFFSET ?", append(append([]any{}, p.args...), limit, offset), fn)
}

// sortName is the canonical sort column name a token carries.
func (p *tablePlan) sortName() string {
	if p.sort == nil {
		return ""
	}
	return p.sort.Name
}

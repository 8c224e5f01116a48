package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"io"
)

// eachRow runs a query and calls fn with every row as a fresh slice of SQL values. It
// reads through the driver's own rows (sql.Conn.Raw), skipping database/sql's per-value
// Scan conversion and locking: a whole-table export spends most of its time here.
func eachRow(ctx context.Context, c *sql.Conn, query string, args []any, fn func([]any) error) error {
	named := make([]driver.NamedValue, len(args))
	for i, a := range args {
		v, err := driver.DefaultParameterConverter.ConvertValue(a)
		if err != nil {
			return err
		}
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
	}
	return c.Raw(func(dc any) error {
		rows, err := queryOn(ctx, c, dc, query, named)
		if err != nil {
			return err
		}
		defer rows.Close()
		dest := make([]driver.Value, len(rows.Columns()))
		for {
			if err := rows.Next(dest); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
			vals := make([]any, len(dest))
			for i, v := range dest {
				vals[i] = v
			}
			if err := fn(vals); err != nil {
				return err
			}
		}
	})
}

// queryOn runs query on the driver connection dc of c: through the statement kept for it
// when c is a session's connection of the pages pool (stmt_cache.go), else compiled for
// this once.
func queryOn(ctx context.Context, c *sql.Conn, dc any, query string, args []driver.NamedValue) (driver.Rows, error) {
	if pc, ok := ctx.Value(pagesConnKey{}).(pagesConn); ok && pc.conn == c {
		if pdc, ok := dc.(driver.ConnPrepareContext); ok {
			s, err := pc.stmts.of(dc).prepared(ctx, pdc, query)
			if err != nil {
				return nil, err
			}
			if sq, ok := s.(driver.StmtQueryContext); ok {
				return sq.QueryContext(ctx, args)
			}
		}
	}
	qc, ok := dc.(driver.QueryerContext)
	if !ok {
		return nil, fmt.Errorf("driver connection %T cannot query", dc)
	}
	return qc.QueryContext(ctx, query, args)
}

// readTable reads up to limit rows of the plan in table order after the token (limit -1:
// all), calling fn for each with the visible columns followed by the token's columns.
func (p *tablePlan) readTable(ctx context.Context, c *sql.Conn, after *keyset, limit int, fn func([]any) error) error {
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
func (p *tablePlan) readView(ctx context.Context, c *sql.Conn, offset int64, limit int, fn func([]any) error) error {
	q := "SELECT " + p.selectList() + p.from()
	if p.sort != nil {
		dir := ""
		if p.desc {
			dir = " DESC"
		}
		q += " ORDER BY " + p.qualified(p.sort.Name) + dir
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

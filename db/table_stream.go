package db

import (
	"context"
)

// StreamTable calls header once and row for every row matching q, with no row limit and
// no page size, in keyset order, holding no more than one row in memory. There is no time
// limit (a whole-table export of a big file takes seconds); ctx, the request's, stops it.
// q.Size and q.Facets are ignored; q.Next, when set, starts after that page. Each row is
// a fresh slice that row may keep.
func (r *Reader) StreamTable(ctx context.Context, q TableQuery, header func([]string) error, row func([]any) error) error {
	_, p, err := r.plan(ctx, q)
	if err != nil {
		return err
	}
	return r.stream(ctx, q, p, header, row)
}

// StreamTableCSV is StreamTable for a CSV export: line gets each row as one line of CSV
// ("\n"-terminated), written inside SQLite, which costs a fraction of fetching the
// values one by one. The header is the column names, as in StreamTable.
func (r *Reader) StreamTableCSV(ctx context.Context, q TableQuery, header func([]string) error, line func(string) error) error {
	_, p, err := r.plan(ctx, q)
	if err != nil {
		return err
	}
	p.rowFunc = csvRowFunc
	return r.stream(ctx, q, p, header, func(vals []any) error {
		s, _ := vals[0].(string)
		return line(s)
	})
}

// stream runs a planned StreamTable; with p.rowFunc each row is that function's value.
func (r *Reader) stream(ctx context.Context, q TableQuery, p *tablePlan, header func([]string) error, row func([]any) error) error {
	width := p.width()
	after, err := decodeKeyset(q.Next, p.sortName(), p.desc)
	if err != nil {
		return err
	}
	g, release := r.use(ctx)
	defer release()
	c, err := r.conn(ctx, g)
	if err != nil {
		return err
	}
	defer c.Close()
	names := make([]string, len(p.cols))
	for i, col := range p.cols {
		names[i] = col.Name
	}
	if err := header(names); err != nil {
		return err
	}
	visible := func(vals []any) error {
		// The driver interrupts SQLite when ctx ends, but asynchronously: without this
		// check a fast table could stream to its end after the client has gone.
		if err := ctx.Err(); err != nil {
			return err
		}
		return row(vals[:width:width])
	}
	if p.key == nil {
		var offset int64
		if after != nil {
			offset = after.Offset
		}
		err = p.readView(ctx, c, offset, -1, visible)
	} else {
		err = p.readTable(ctx, c, after, -1, visible)
	}
	return sqlError(err, 0)
}

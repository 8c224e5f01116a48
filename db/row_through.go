package db

import (
	"context"
	"database/sql"
)

// through counts and previews, for every link table pointing at the row, the rows at its
// far end: one capped count and one short read each, under the row's time limit.
func (r *Reader) through(ctx context.Context, c *sql.Conn, s *Schema, t *Table, res *RowResult) ([]ThroughRelated, error) {
	var out []ThroughRelated
	for _, in := range t.Incoming {
		i := indexOf(res.Columns, in.RefColumn)
		link := s.Table(in.Table)
		if i < 0 || res.Values[i] == nil || link == nil {
			continue
		}
		far, ok := farKey(link, in)
		farTable := s.Table(far.RefTable)
		if !ok || farTable == nil {
			continue
		}
		where := throughCond(far, in.Column)
		args := []any{res.Values[i]}
		n, err := r.cappedCount(ctx, c, " FROM "+quoteIdent(farTable.Name)+" WHERE "+where, args)
		if err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		pre, err := r.preview(ctx, c, farTable, where, args)
		if err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		out = append(out, ThroughRelated{Table: farTable.Name, Link: link.Name, Column: in.Column,
			FarColumn: far.Column, Count: n.N, More: !n.Exact, Preview: pre})
	}
	return out, nil
}

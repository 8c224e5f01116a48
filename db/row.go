package db

import (
	"context"
	"database/sql"
	"strings"
)

// Row returns one row by its primary key values (in PrimaryKey order, as text from a URL)
// with the labels of the rows it points to and, for every foreign key pointing at its
// table, how many rows point at it (each count capped at CountLimit).
func (r *Reader) Row(ctx context.Context, table string, pk []string) (*RowResult, error) {
	return r.RowClipped(ctx, table, pk, 0)
}

// RowClipped is Row with text and blob values cut in SQL to clip+1 characters (bytes), as
// TableQuery.Clip does, for a page that shows them short; 0 returns them whole.
func (r *Reader) RowClipped(ctx context.Context, table string, pk []string, clip int) (*RowResult, error) {
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, err
	}
	t := s.Table(table)
	switch {
	case t == nil:
		return nil, Errorf(ENOTFOUND, "no table or view '%s' in %s", table, r.Name())
	case t.View:
		return nil, Errorf(EINVALID, "'%s' is a view: it has no key to address one row by", t.Name)
	case len(pk) != len(t.PrimaryKey):
		return nil, Errorf(EINVALID, "a row of '%s' is addressed by %d key values (%s), not %d",
			t.Name, len(t.PrimaryKey), strings.Join(t.PrimaryKey, ", "), len(pk))
	}
	p, err := newTablePlan(t, TableQuery{Table: t.Name, Clip: clip})
	if err != nil {
		return nil, err
	}
	// A row is addressed by its declared key (what its URL holds), not by the rowid that
	// pages of a composite-key table are walked by.
	var conds []string
	var args []any
	for i, name := range t.PrimaryKey {
		k, _ := t.column(name)
		conds = append(conds, quoteIdent(k.Name)+" = ?")
		args = append(args, bindValue(k, pk[i]))
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	res := &RowResult{Table: t}
	for _, col := range p.cols {
		res.Columns = append(res.Columns, col.Name)
	}
	q := "SELECT " + p.selectList() + " FROM " + quoteIdent(t.Name) + " WHERE " + strings.Join(conds, " AND ")
	err = eachRow(ctx, c, q, args, func(row []any) error { res.Values = row[:len(p.cols)]; return nil })
	if err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	if res.Values == nil {
		return nil, Errorf(ENOTFOUND, "no row %s in '%s'", strings.Join(pk, ", "), t.Name)
	}
	if res.Labels, err = labels(ctx, c, s, t, res.Columns, [][]any{res.Values}); err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	if res.Related, err = r.related(ctx, c, s, t, res); err != nil {
		return nil, err
	}
	if res.Through, err = r.through(ctx, c, s, t, res); err != nil {
		return nil, err
	}
	return res, nil
}

// related counts, for every foreign key into the row's table, the rows pointing at it,
// and previews the first of them unless they are a link table's (through shows those).
func (r *Reader) related(ctx context.Context, c *sql.Conn, s *Schema, t *Table, res *RowResult) ([]Related, error) {
	var out []Related
	for _, fk := range t.Incoming {
		i := indexOf(res.Columns, fk.RefColumn)
		if i < 0 || res.Values[i] == nil {
			continue
		}
		where, args := quoteIdent(fk.Column)+" = ?", []any{res.Values[i]}
		n, err := r.cappedCount(ctx, c, " FROM "+quoteIdent(fk.Table)+" WHERE "+where, args)
		if err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		rel := Related{Table: fk.Table, Column: fk.Column, Count: n.N, More: !n.Exact}
		if from := s.Table(fk.Table); from != nil {
			if _, isLink := from.LinkKeys(); !isLink && n.N > 0 {
				if rel.Preview, err = r.preview(ctx, c, from, where, args); err != nil {
					return nil, sqlError(err, r.opt.SQLTimeLimit)
				}
			}
		}
		out = append(out, rel)
	}
	return out, nil
}

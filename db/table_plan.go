package db

import (
	"strings"
)

// tablePlan is a TableQuery checked against the schema and turned into the pieces of SQL
// every statement about it shares (page, stream, count, facets).
type tablePlan struct {
	t      *Table
	cols   []Column // the columns the caller sees
	where  []string // filters and search, ANDed
	args   []any
	sort   *Column // nil: primary key order
	desc   bool
	key    []Column // primary key; nil for views, which are paged by offset
	facets []Column
	// walkOrder: read pages along the order's index (see orderHint)
	walkOrder bool
}

func newTablePlan(t *Table, q TableQuery) (*tablePlan, error) {
	p := &tablePlan{t: t, desc: q.Desc}
	names := q.Columns
	if names == nil {
		names = defaultColumns(t)
	}
	for _, n := range names {
		c, err := t.checkColumn(n)
		if err != nil {
			return nil, err
		}
		p.cols = append(p.cols, c)
	}
	for _, f := range q.Filters {
		cond, args, err := filterSQL(t, f)
		if err != nil {
			return nil, err
		}
		p.where, p.args = append(p.where, cond), append(p.args, args...)
	}
	if err := p.addSearch(q); err != nil {
		return nil, err
	}
	if q.Sort != "" {
		c, err := t.checkColumn(q.Sort)
		if err != nil {
			return nil, err
		}
		p.sort = &c
	}
	p.key = keyColumns(t)
	for _, f := range q.Facets {
		c, err := t.checkColumn(f)
		if err != nil {
			return nil, err
		}
		p.facets = append(p.facets, c)
	}
	return p, nil
}

// defaultColumns is every column, with rowid first for tables keyed by it: without it a
// page could not link to its rows.
func defaultColumns(t *Table) []string {
	var names []string
	if len(t.PrimaryKey) == 1 && t.PrimaryKey[0] == "rowid" {
		names = append(names, "rowid")
	}
	for _, c := range t.Columns {
		names = append(names, c.Name)
	}
	return names
}

// selectList selects the visible columns, then the sort column and key that the next
// page token is made of (dropped from the rows before they are returned).
func (p *tablePlan) selectList() string {
	var exprs []string
	for _, c := range p.cols {
		exprs = append(exprs, selectExpr(c))
	}
	if p.key != nil {
		if p.sort != nil {
			exprs = append(exprs, valueExpr(*p.sort))
		}
		for _, c := range p.key {
			exprs = append(exprs, valueExpr(c))
		}
	}
	return strings.Join(exprs, ", ")
}

// from is the FROM and WHERE of every statement, with extra conditions ANDed.
func (p *tablePlan) from(extra ...string) string { return p.fromIndexed("", extra...) }

// fromIndexed is from with an index hint after the table name.
func (p *tablePlan) fromIndexed(hint string, extra ...string) string {
	s := " FROM " + quoteIdent(p.t.Name) + hint
	if conds := append(append([]string{}, p.where...), extra...); len(conds) > 0 {
		s += " WHERE " + strings.Join(conds, " AND ")
	}
	return s
}

func (p *tablePlan) filtered() bool { return len(p.where) > 0 }

// keyColumns is the unique, never NULL key that pages are keyed by. It is the declared
// primary key of a WITHOUT ROWID table and an INTEGER PRIMARY KEY (the rowid itself), but
// rowid for any other table: SQLite lets other primary keys of rowid tables hold NULLs,
// and a NULL key would stop a keyset walk. Views have none.
func keyColumns(t *Table) []Column {
	rowid := []Column{{Name: "rowid", Type: "INTEGER", PK: 1}}
	switch {
	case t.View:
		return nil
	case t.withoutRowid:
		var key []Column
		for _, k := range t.PrimaryKey {
			c, _ := t.column(k)
			key = append(key, c)
		}
		return key
	case len(t.PrimaryKey) == 1:
		if c, ok := t.column(t.PrimaryKey[0]); ok && strings.EqualFold(strings.TrimSpace(c.Type), "INTEGER") {
			return []Column{c}
		}
	}
	return rowid
}

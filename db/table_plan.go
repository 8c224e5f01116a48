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
	for _, k := range t.PrimaryKey {
		c, _ := t.column(k)
		p.key = append(p.key, c)
	}
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

// addSearch restricts the rows to those the table's FTS index matches (or, for an FTS
// table itself, its own matches).
func (p *tablePlan) addSearch(q TableQuery) error {
	search := q.Search
	if !q.SearchRaw {
		search = ftsQuote(search)
	}
	if strings.TrimSpace(search) == "" {
		return nil
	}
	fts, key := p.t.FTS, p.t.ftsKey
	if strings.HasPrefix(p.t.Module, "fts") {
		fts, key = p.t.Name, "rowid"
	}
	if fts == "" {
		return Errorf(EINVALID, "table '%s' has no full-text index to search", p.t.Name)
	}
	p.where = append(p.where, quoteIdent(key)+" IN (SELECT rowid FROM "+quoteIdent(fts)+
		" WHERE "+quoteIdent(fts)+" MATCH ?)")
	p.args = append(p.args, search)
	return nil
}

// ftsQuote makes every word of a user's search a quoted FTS5 string, as Datasette does:
// "a-b OR c" searches for the three words instead of failing on FTS syntax.
func ftsQuote(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " ")
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

// orderHint makes SQLite walk the table in page order, skipping rows the filters reject,
// once the filters are known to match many rows (more than CountLimit). Without
// statistics (a file we only read has none, and we cannot ANALYZE it) SQLite takes any
// index on a filtered column and then sorts every match: at 1M rows, 400k matches sorted
// for a page of 100. Walking the order's index reads about pageSize/density rows instead.
func (p *tablePlan) orderHint() string {
	switch {
	case !p.walkOrder:
		return ""
	case p.sort == nil || len(p.key) == 1 && p.sort.Name == p.key[0].Name:
		return " NOT INDEXED"
	}
	if index, ok := p.t.orderIndexes[p.sort.Name]; ok {
		return " INDEXED BY " + quoteIdent(index)
	}
	return ""
}

package db

import (
	"strings"
)

// tablePlan is a TableQuery checked against the schema and turned into the pieces of SQL
// every statement about it shares (page, stream, count, facets).
type tablePlan struct {
	t         *Table
	cols      []Column // the columns the caller sees
	where     []string // filters and search, ANDed
	args      []any
	sort      *Column // nil: primary key order
	desc      bool
	key       []Column  // primary key; nil for views, which are paged by offset
	match     *ftsMatch // the full-text search, when the page searches the table's index
	facets    []facetCol
	facetSize int
	// walkOrder: read pages along the order's index (see orderHint)
	walkOrder bool
	clip      int // TableQuery.Clip
	// rowFunc, when set (csvRowFunc, jsonRowFunc), selects the visible columns as one
	// value written by that function instead of one value each.
	rowFunc string
}

func newTablePlan(t *Table, q TableQuery) (*tablePlan, error) {
	p := &tablePlan{t: t, desc: q.Desc, clip: q.Clip}
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
	for _, w := range q.Where {
		cond, err := whereSQL(w)
		if err != nil {
			return nil, err
		}
		p.where = append(p.where, cond)
	}
	reqs := make([]FacetRequest, 0, len(q.Facets)+len(q.TypedFacets))
	for _, f := range q.Facets {
		reqs = append(reqs, FacetRequest{Column: f, Kind: FacetColumn})
	}
	for _, f := range append(reqs, q.TypedFacets...) {
		c, err := t.checkColumn(f.Column)
		if err != nil {
			return nil, err
		}
		kind := f.Kind
		if kind == "" {
			kind = FacetColumn
		}
		p.facets = append(p.facets, facetCol{col: c, kind: kind})
	}
	p.facetSize = q.FacetSize
	return p, nil
}

// facetCol is a facet request checked against the schema.
type facetCol struct {
	col  Column
	kind FacetKind
}

// whereSQL checks one raw condition from _where: one expression, without parameters (its
// '?' would shift the filters' bound values) and without a ';' that could end the
// statement. It is put in parentheses on a line of its own, so a trailing comment cannot
// swallow the rest of the statement. The sandbox, not this check, keeps it read-only.
func whereSQL(w string) (string, error) {
	if strings.TrimSpace(w) == "" {
		return "", Errorf(EINVALID, "_where is empty")
	}
	scan := scanSQL("SELECT 1 WHERE " + w)
	switch {
	case scan.more || strings.Contains(stripQuoted(w), ";"):
		return "", Errorf(EINVALID, "_where must be one condition, without ';': %s", w)
	case len(scan.params) > 0 || strings.Contains(stripQuoted(w), "?"):
		return "", Errorf(EINVALID, "_where cannot hold parameters (?, :name): %s", w)
	case scan.bad != "":
		return "", Errorf(EINVALID, "_where: %s", scan.bad)
	}
	return "(" + w + "\n)", nil
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
		switch p.rowFunc {
		case "":
			exprs = append(exprs, clipExpr(c, p.clip))
		case jsonRowFunc:
			if len(exprs) == 0 {
				exprs = append(exprs, quoteLiteral(jsonRowKeys(p.colNames())))
			}
			exprs = append(exprs, valueExpr(c))
		default:
			exprs = append(exprs, valueExpr(c))
		}
	}
	if p.rowFunc != "" {
		exprs = []string{p.rowFunc + "(" + strings.Join(exprs, ", ") + ")"}
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

// colNames are the names of the visible columns.
func (p *tablePlan) colNames() []string {
	names := make([]string, len(p.cols))
	for i, c := range p.cols {
		names[i] = c.Name
	}
	return names
}

// width is how many values of a row are the visible columns: one when a row function
// writes them all.
func (p *tablePlan) width() int {
	if p.rowFunc != "" {
		return 1
	}
	return len(p.cols)
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

// qualified names a column of the table itself, never a select-list alias of that name.
func (p *tablePlan) qualified(name string) string {
	return quoteIdent(p.t.Name) + "." + quoteIdent(name)
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

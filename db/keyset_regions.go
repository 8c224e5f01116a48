package db

import (
	"strings"
)

// region is one stretch of a table's order that a single index range scan can serve.
// SQLite sorts NULLs first ascending and last descending; a row-value comparison
// (s, pk) > (?, ?) never matches a NULL s, and an "OR s IS NULL" would make SQLite sort
// the whole table. So a sorted table is read as two regions, the NULL sort values (in key
// order) and the others (in sort, key order), each an index range, in SQLite's order.
type region struct {
	null  bool // the region where the sort column is NULL
	where []string
	args  []any
	order string
}

// regions returns the regions still to read after the token's position, in order. The
// conditions name columns plainly (not as valueExpr's +col, which would keep SQLite from
// using an index on a DATE column), qualified by the table: a bare name in ORDER BY would
// mean the select list's clipped value of that name (clipExpr), which no index serves.
func (p *tablePlan) regions(after *keyset) ([]region, error) {
	dir, cmp := "", " > "
	if p.desc {
		dir, cmp = " DESC", " < "
	}
	keys := make([]string, len(p.key))
	var keyOrder []string
	for i, c := range p.key {
		keys[i] = p.qualified(c.Name)
		keyOrder = append(keyOrder, keys[i]+dir)
	}
	var rs []region
	if p.sort == nil {
		rs = []region{{order: strings.Join(keyOrder, ", ")}}
	} else {
		s := p.qualified(p.sort.Name)
		nulls := region{null: true, where: []string{s + " IS NULL"}, order: strings.Join(keyOrder, ", ")}
		values := region{where: []string{s + " IS NOT NULL"}, order: s + dir + ", " + strings.Join(keyOrder, ", ")}
		rs = []region{nulls, values}
		if p.desc {
			rs = []region{values, nulls}
		}
	}
	if after == nil {
		return rs, nil
	}
	for len(rs) > 0 && rs[0].null != after.Null {
		rs = rs[1:]
	}
	args, err := after.keyArgs()
	if err != nil || len(args) != len(keys) || len(rs) == 0 {
		return nil, Errorf(EINVALID, "bad page token: start again from the first page")
	}
	tuple := keys
	if p.sort != nil && !after.Null {
		v, err := after.Value.value()
		if err != nil {
			return nil, err
		}
		tuple = append([]string{quoteIdent(p.sort.Name)}, keys...)
		args = append([]any{v}, args...)
	}
	rs[0].where = append(rs[0].where, "("+strings.Join(tuple, ", ")+")"+cmp+
		"("+strings.TrimSuffix(strings.Repeat("?, ", len(tuple)), ", ")+")")
	rs[0].args = args
	return rs, nil
}

// tokenAfter is the token of a page that ended with row (visible columns, then the sort
// value and key as selectList put them).
func (p *tablePlan) tokenAfter(row []any) keyset {
	k := keyset{Desc: p.desc}
	hidden := row[p.width():]
	if p.sort != nil {
		k.Sort = p.sort.Name
		k.Null = hidden[0] == nil
		k.Value = toKeyValue(hidden[0])
		hidden = hidden[1:]
	}
	for _, v := range hidden {
		k.Key = append(k.Key, toKeyValue(v))
	}
	return k
}

// regionSQL is the statement that reads a region; its last argument is the row limit
// (-1: all rows).
func (p *tablePlan) regionSQL(r region, limit int) (string, []any) {
	q := "SELECT " + p.selectList() + p.fromIndexed(p.orderHint(), r.where...)
	if r.order != "" {
		q += " ORDER BY " + r.order
	}
	args := append(append([]any{}, p.args...), r.args...)
	return q + " LIMIT ?", append(args, limit)
}

package db

import (
	"context"
	"strconv"
	"strings"
)

// QueryArg is one :named parameter of the SQL TableSQL writes, with its value as text.
type QueryArg struct {
	Name, Value string
}

// TableSQL writes the first page of q as SQL a person can read and edit on the query
// page, as Datasette's "View and edit SQL" does: the same filters, search, _through and
// order as the table page. Text values become :p0, :p1 ... parameters (so nothing a URL
// holds is spliced into SQL text) and numbers are written as literals, which keeps the
// comparisons the page makes (a parameter from a form is always text, and an untyped
// column tells 5 and '5' apart).
func (r *Reader) TableSQL(ctx context.Context, q TableQuery) (string, []QueryArg, error) {
	t, p, err := r.plan(ctx, q)
	if err != nil {
		return "", nil, err
	}
	cols := "*"
	if q.Columns != nil {
		names := make([]string, len(p.cols))
		for i, c := range p.cols {
			names[i] = quoteIdent(c.Name)
		}
		cols = strings.Join(names, ", ")
	} else if len(t.PrimaryKey) == 1 && t.PrimaryKey[0] == "rowid" {
		cols = "rowid, *"
	}
	var order []string
	dir := ""
	if p.desc {
		dir = " DESC"
	}
	if p.sort != nil {
		order = append(order, quoteIdent(p.sort.Name)+dir)
	}
	for _, k := range p.key {
		order = append(order, quoteIdent(k.Name)+dir)
	}
	// One clause a line, as a person would write it in the editor.
	where, args := namedArgs(strings.Join(p.where, "\n  AND "), p.args)
	s := "SELECT " + cols + "\nFROM " + quoteIdent(t.Name)
	if where != "" {
		s += "\nWHERE " + where
	}
	if len(order) > 0 {
		s += "\nORDER BY " + strings.Join(order, ", ")
	}
	size := q.Size
	if size <= 0 {
		size = defaultPageSize
	}
	if q.NoRows {
		size = 0
	}
	return s + "\nLIMIT " + strconv.Itoa(min(size, r.opt.MaxReturnedRows)), args, nil
}

// namedArgs replaces each ? placeholder of sql (outside quotes) with its argument: a
// number as a literal, anything else as a :pN parameter.
func namedArgs(sql string, args []any) (string, []QueryArg) {
	var b strings.Builder
	var out []QueryArg
	n := 0
	for i := 0; i < len(sql); {
		switch c := sql[i]; {
		case c == '\'' || c == '"' || c == '`' || c == '[':
			j := skipQuoted(sql, i)
			b.WriteString(sql[i:j])
			i = j
			continue
		case c == '?' && n < len(args):
			switch v := args[n].(type) {
			case int64:
				b.WriteString(strconv.FormatInt(v, 10))
			case float64:
				b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
			default:
				name := "p" + strconv.Itoa(len(out))
				b.WriteString(":" + name)
				out = append(out, QueryArg{Name: name, Value: LabelKey(v)})
			}
			n++
		default:
			b.WriteByte(c)
		}
		i++
	}
	return b.String(), out
}

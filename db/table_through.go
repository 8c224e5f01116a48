package db

import (
	"context"
	"database/sql"
)

// throughLink checks a Through against the schema and finds how its link table reaches
// t: the link's foreign key into t, and the link column the user names. A link table with
// two keys into t (a self-link such as actor_pairs(a_id, b_id)) is followed by the key
// that is not the named column.
func throughLink(s *Schema, t *Table, th Through) (ForeignKey, Column, error) {
	link := s.Table(th.Table)
	if link == nil || link.View {
		return ForeignKey{}, Column{}, Errorf(EINVALID, "_through: there is no table '%s' to go through", th.Table)
	}
	col, ok := link.column(th.Column)
	if !ok {
		return ForeignKey{}, Column{}, Errorf(EINVALID, "_through: table '%s' has no column '%s'", link.Name, th.Column)
	}
	for _, fk := range link.ForeignKeys {
		if fk.RefTable != t.Name || fk.RefColumn == "" || fk.Column == col.Name {
			continue
		}
		if _, ok := t.column(fk.RefColumn); ok {
			return fk, col, nil
		}
	}
	return ForeignKey{}, Column{}, Errorf(EINVALID,
		"_through: table '%s' has no foreign key to '%s', so its rows cannot lead to rows of '%s'", link.Name, t.Name, t.Name)
}

// addThrough narrows the plan to the rows the link tables connect to the given values:
// key IN (SELECT fk FROM link WHERE column = ?), with the value bound.
func (p *tablePlan) addThrough(s *Schema, through []Through) error {
	for _, th := range through {
		fk, col, err := throughLink(s, p.t, th)
		if err != nil {
			return err
		}
		p.where = append(p.where, throughCond(fk, col.Name))
		p.args = append(p.args, bindValue(col, th.Value))
	}
	return nil
}

// throughCond is the condition that keeps the rows fk's link rows with column = ? lead to.
func throughCond(fk ForeignKey, column string) string {
	return quoteIdent(fk.RefColumn) + " IN (SELECT " + quoteIdent(fk.Column) + " FROM " + quoteIdent(fk.Table) +
		" WHERE " + quoteIdent(column) + " = ?)"
}

// throughLabels names the row each Through's value points at when its column is itself a
// foreign key to a labelled table ("Joe Biden" for contact_participants.actor_id = 5), so
// a page can say whose rows it shows. "" when there is no such label.
func throughLabels(ctx context.Context, c *sql.Conn, s *Schema, through []Through) ([]string, error) {
	if len(through) == 0 {
		return nil, nil
	}
	out := make([]string, len(through))
	for i, th := range through {
		link := s.Table(th.Table)
		col, ok := link.column(th.Column)
		if !ok {
			continue
		}
		for _, fk := range link.ForeignKeys {
			target := s.Table(fk.RefTable)
			if fk.Column != col.Name || target == nil || target.Label == "" || fk.RefColumn == "" {
				continue
			}
			v := bindValue(col, th.Value)
			m, err := labelsOf(ctx, c, target, fk.RefColumn, []any{v})
			if err != nil {
				return nil, err
			}
			out[i] = m[LabelKey(v)]
			break
		}
	}
	return out, nil
}

package views

import (
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// filterForm lists the columns and operators, keeps the current parameters as hidden
// fields, and shows each active filter with a link that removes it. People add filters
// one after another, often on the same column, so the form starts on the column and
// operator of the last filter added.
func (s *Server) filterForm(t *db.Table, base params) page.FilterForm {
	f := page.FilterForm{Action: s.tableURL(t.Name, "", nil), Hidden: formFields(base)}
	var last db.Filter
	for _, p := range base {
		if p.Key == "_through" {
			if chip, ok := s.throughChip(t, base, p); ok {
				f.Active = append(f.Active, chip)
			}
		}
		if strings.HasPrefix(p.Key, "_") {
			continue
		}
		flt, err := parseFilter(p.Key, p.Value, t)
		if err != nil {
			continue // already rejected before the page was built
		}
		last = flt
		op, _ := lookupOp(flt.Op)
		f.Active = append(f.Active, page.ActiveFilter{
			Column:    flt.Column,
			Op:        op.Label,
			Value:     flt.Value,
			RemoveURL: s.tableURL(t.Name, "", base.withoutPair(p.Key, p.Value)),
		})
	}
	for _, c := range t.Columns {
		f.Columns = append(f.Columns, page.Option{Value: c.Name, Label: c.Name, Selected: c.Name == last.Column})
	}
	for _, o := range db.FilterOps() {
		label := o.Label
		if o.NoValue {
			label += " (no value needed)"
		}
		f.Ops = append(f.Ops, page.Option{Value: o.Name, Label: label, Selected: last.Column != "" && o.Name == last.Op})
	}
	return f
}

package views

import (
	"slices"

	"hotline/db"
)

// labelColumns are the foreign-key columns whose labels a JSON or CSV answer carries:
// every one with _labels=on, or those listed in _label (Datasette's parameters). A
// column that is not a foreign key is a 400: its label cannot be had.
func labelColumns(ps params, t *db.Table) ([]string, error) {
	var fks []string
	for _, fk := range t.ForeignKeys {
		fks = append(fks, fk.Column)
	}
	if truthy(ps.get("_labels")) {
		return fks, nil
	}
	var out []string
	for _, v := range ps.all("_label") {
		for _, c := range splitList(v) {
			if !slices.Contains(fks, c) {
				return nil, invalid("_label=%s: %s.%s is not a foreign key, so it has no label", c, t.Name, c)
			}
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// withLabels puts the labels of the expand columns into a page's rows. In JSON a value
// becomes {"value": 5, "label": "Joe Biden"}, as Datasette expands it; in CSV a column
// COL_label follows COL. NULL stays NULL, and a value without a target row keeps a
// null label.
func withLabels(format string, cols []string, rows [][]any, labels map[string]map[string]string, expand []string) ([]string, [][]any) {
	idx := map[int]string{}
	for i, c := range cols {
		if slices.Contains(expand, c) {
			idx[i] = c
		}
	}
	if len(idx) == 0 {
		return cols, rows
	}
	label := func(col string, v any) any {
		if l, ok := labels[col][db.LabelKey(v)]; ok && v != nil {
			return l
		}
		return nil
	}
	if format == "json" {
		out := make([][]any, len(rows))
		for r, row := range rows {
			out[r] = slices.Clone(row)
			for i, col := range idx {
				if row[i] != nil {
					out[r][i] = map[string]any{"value": jsonValue(row[i]), "label": label(col, row[i])}
				}
			}
		}
		return cols, out
	}
	var outCols []string
	for i, c := range cols {
		outCols = append(outCols, c)
		if _, ok := idx[i]; ok {
			outCols = append(outCols, c+"_label")
		}
	}
	out := make([][]any, len(rows))
	for r, row := range rows {
		line := make([]any, 0, len(outCols))
		for i, v := range row {
			line = append(line, v)
			if col, ok := idx[i]; ok {
				line = append(line, label(col, v))
			}
		}
		out[r] = line
	}
	return outCols, out
}

package views

import (
	"strconv"
	"strings"

	"hotline/db"
)

// lookupOp finds a filter operator by name in db's table of operators (Datasette's
// names, so its URLs work here).
func lookupOp(name string) (db.FilterOp, bool) {
	for _, o := range db.FilterOps() {
		if o.Name == name {
			return o, true
		}
	}
	return db.FilterOp{}, false
}

// opNames lists the operators for error messages.
func opNames() string {
	var names []string
	for _, o := range db.FilterOps() {
		names = append(names, o.Name)
	}
	return strings.Join(names, ", ")
}

// parseFilter reads one filter parameter: "col=v" is col exact v, "col__op=v" is col op v.
// A whole key that is a column wins, so a column named "a__gt" can still be filtered.
func parseFilter(key, value string, t *db.Table) (db.Filter, error) {
	if hasColumn(t, key) {
		return db.Filter{Column: key, Op: "exact", Value: value}, nil
	}
	i := strings.LastIndex(key, "__")
	if i <= 0 {
		return db.Filter{}, invalid("unknown column %q: %s has no such column (other parameters start with _)", key, t.Name)
	}
	col, op := key[:i], key[i+2:]
	if _, ok := lookupOp(op); !ok {
		return db.Filter{}, invalid("unknown filter operator %q in %q; the operators are %s", op, key, opNames())
	}
	if !hasColumn(t, col) {
		return db.Filter{}, invalid("unknown column %q in filter %q: %s has no such column", col, key, t.Name)
	}
	return db.Filter{Column: col, Op: op, Value: value}, nil
}

// filterKey is the parameter name of a filter: col for exact, col__op otherwise.
func filterKey(col, op string) string {
	if op == "exact" {
		return col
	}
	return col + "__" + op
}

// hasColumn reports whether t has the column; rowid tables also have "rowid".
func hasColumn(t *db.Table, name string) bool {
	for _, c := range t.Columns {
		if c.Name == name {
			return true
		}
	}
	return name == "rowid" && len(t.PrimaryKey) == 1 && t.PrimaryKey[0] == "rowid"
}

// describeFilter is a filter in words: `mode = "phone"`, `id = 2`, "date is not null",
// `mode in ["phone", "meeting"]`.
func describeFilter(f db.Filter) string {
	op, _ := lookupOp(f.Op)
	switch {
	case op.NoValue:
		return f.Column + " " + op.Label
	case f.Op == "in" || f.Op == "notin":
		values, err := db.FilterList(f.Value)
		if err != nil {
			break
		}
		for i, v := range values {
			values[i] = strconv.Quote(v)
		}
		return f.Column + " " + op.Label + " [" + strings.Join(values, ", ") + "]"
	}
	return f.Column + " " + op.Label + " " + describeValue(f.Value)
}

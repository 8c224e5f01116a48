package db

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// FilterOp describes one filter operator, for the explorer's filter form.
type FilterOp struct {
	Name    string // as in Filter.Op and in URLs
	Label   string // for people
	NoValue bool   // the value is ignored (isnull, notnull)
}

// FilterOps lists the valid filter operators in the order a form should offer them.
// It is a function, not a package variable, so nobody can change the set at run time.
func FilterOps() []FilterOp {
	return []FilterOp{
		{Name: "exact", Label: "="}, {Name: "not", Label: "!="},
		{Name: "contains", Label: "contains"}, {Name: "notcontains", Label: "does not contain"},
		{Name: "startswith", Label: "starts with"},
		{Name: "endswith", Label: "ends with"},
		{Name: "gt", Label: ">"}, {Name: "gte", Label: "≥"}, {Name: "lt", Label: "<"}, {Name: "lte", Label: "≤"},
		{Name: "like", Label: "like"}, {Name: "notlike", Label: "not like"}, {Name: "glob", Label: "glob"},
		{Name: "in", Label: "in"}, {Name: "notin", Label: "not in"},
		{Name: "isnull", Label: "is null", NoValue: true}, {Name: "notnull", Label: "is not null", NoValue: true},
		{Name: "isblank", Label: "is blank", NoValue: true}, {Name: "notblank", Label: "is not blank", NoValue: true},
		{Name: "date", Label: "date is"},
		{Name: "arraycontains", Label: "array contains"}, {Name: "arraynotcontains", Label: "array does not contain"},
	}
}

// filterSQL returns the condition of one filter with its bound arguments. The column is
// checked against the schema; the value never reaches the SQL text.
func filterSQL(t *Table, f Filter) (string, []any, error) {
	c, err := t.checkColumn(f.Column)
	if err != nil {
		return "", nil, err
	}
	col := quoteIdent(c.Name)
	v := bindValue(c, f.Value)
	switch f.Op {
	case "", "exact":
		return col + " = ?", []any{v}, nil
	case "not":
		return col + " != ?", []any{v}, nil
	case "gt":
		return col + " > ?", []any{v}, nil
	case "gte":
		return col + " >= ?", []any{v}, nil
	case "lt":
		return col + " < ?", []any{v}, nil
	case "lte":
		return col + " <= ?", []any{v}, nil
	case "contains":
		return col + ` LIKE ? ESCAPE '\'`, []any{"%" + escapeLike(f.Value) + "%"}, nil
	case "notcontains": // Datasette's: NOT LIKE, so a NULL matches neither contains nor this
		return col + ` NOT LIKE ? ESCAPE '\'`, []any{"%" + escapeLike(f.Value) + "%"}, nil
	case "startswith":
		return col + ` LIKE ? ESCAPE '\'`, []any{escapeLike(f.Value) + "%"}, nil
	case "endswith":
		return col + ` LIKE ? ESCAPE '\'`, []any{"%" + escapeLike(f.Value)}, nil
	case "like":
		return col + " LIKE ?", []any{f.Value}, nil
	case "notlike":
		return col + " NOT LIKE ?", []any{f.Value}, nil
	case "glob":
		return col + " GLOB ?", []any{f.Value}, nil
	case "in", "notin":
		return inSQL(c, f)
	case "isnull":
		return col + " IS NULL", nil, nil
	case "notnull":
		return col + " IS NOT NULL", nil, nil
	case "isblank": // Datasette's: NULL or empty text
		return "(" + col + " IS NULL OR " + col + " = '')", nil, nil
	case "notblank":
		return "(" + col + " IS NOT NULL AND " + col + " != '')", nil, nil
	case "date":
		// date() of a value that is no day is NULL, so a mistyped day would match nothing
		// without a word: the user is told instead.
		if _, err := time.Parse(time.DateOnly, f.Value); err != nil {
			return "", nil, Errorf(EINVALID, "filter 'date' on column '%s' takes a day as YYYY-MM-DD, not '%s' (for a month or a year, use %s__startswith)",
				f.Column, f.Value, f.Column)
		}
		return "date(" + col + ") = ?", []any{f.Value}, nil
	case "arraycontains", "arraynotcontains":
		cond := "EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(" + col + ") AND json_type(" + col +
			") = 'array' THEN " + col + " ELSE '[]' END) WHERE value = ?)"
		if f.Op == "arraynotcontains" {
			cond = "NOT " + cond
		}
		return cond, []any{f.Value}, nil
	}
	return "", nil, Errorf(EINVALID, "unknown filter operator '%s' on column '%s'", f.Op, f.Column)
}

// maxInValues is how many values one in/notin filter lists: each is a bound variable,
// and past SQLite's limit (32766 in all, with the page's own) a page failed with "too
// many SQL variables", which did not say which parameter to shorten.
const maxInValues = 30000

// inSQL is the condition of an in/notin filter, one bound value per listed value.
func inSQL(c Column, f Filter) (string, []any, error) {
	values, err := FilterList(f.Value)
	if err != nil {
		return "", nil, Errorf(EINVALID, "bad list for '%s' on column '%s': %v", f.Op, c.Name, err)
	}
	if len(values) > maxInValues {
		return "", nil, Errorf(EINVALID, "'%s' on column '%s' lists %d values, more than the %d one filter takes: "+
			"put a longer list in SQL", f.Op, c.Name, len(values), maxInValues)
	}
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = bindValue(c, v)
	}
	op := " IN ("
	if f.Op == "notin" {
		op = " NOT IN ("
	}
	return quoteIdent(c.Name) + op + strings.TrimSuffix(strings.Repeat("?,", len(values)), ",") + ")", args, nil
}

// FilterList reads the value of an in/notin filter: a JSON array (for values holding commas) or
// comma-separated text.
func FilterList(s string) ([]string, error) {
	if !strings.HasPrefix(strings.TrimSpace(s), "[") {
		return strings.Split(s, ","), nil
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var raw []any
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	out := make([]string, len(raw))
	for i, v := range raw {
		switch v := v.(type) {
		case string:
			out[i] = v
		case json.Number:
			out[i] = v.String()
		default:
			return nil, Errorf(EINVALID, "only strings and numbers can be listed")
		}
	}
	return out, nil
}

// bindValue converts text from a URL into what compares as the user means: a number when
// it reads as one and the column is not TEXT (an untyped column compares 5 and '5' as
// different values), the text otherwise.
func bindValue(c Column, s string) any {
	if affinity(c.Type) == affText {
		return s
	}
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.ContainsAny(s, "0123456789") && strings.TrimSpace(s) == s {
		return f
	}
	return s
}

// escapeLike makes s match itself inside a LIKE pattern with ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

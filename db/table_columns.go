package db

import (
	"strconv"
	"strings"
)

// Column affinities, by SQLite's rules for a declared type (datatype3.html, 3.1).
const (
	affInteger = iota
	affText
	affBlob
	affReal
	affNumeric
)

func affinity(typ string) int {
	t := strings.ToUpper(typ)
	switch {
	case strings.Contains(t, "INT"):
		return affInteger
	case strings.Contains(t, "CHAR"), strings.Contains(t, "CLOB"), strings.Contains(t, "TEXT"):
		return affText
	case t == "", strings.Contains(t, "BLOB"):
		return affBlob
	case strings.Contains(t, "REAL"), strings.Contains(t, "FLOA"), strings.Contains(t, "DOUB"):
		return affReal
	}
	return affNumeric
}

// column returns the column called name. "rowid" is a column of every table keyed by it.
func (t *Table) column(name string) (Column, bool) {
	for _, c := range t.Columns {
		if c.Name == name {
			return c, true
		}
	}
	if name == "rowid" && len(t.PrimaryKey) == 1 && t.PrimaryKey[0] == "rowid" {
		return Column{Name: "rowid", Type: "INTEGER", PK: 1}, true
	}
	return Column{}, false
}

// checkColumn is column with the error a URL naming an unknown column gets.
func (t *Table) checkColumn(name string) (Column, error) {
	c, ok := t.column(name)
	if !ok {
		return c, Errorf(EINVALID, "no column '%s' in table '%s'", name, t.Name)
	}
	return c, nil
}

// quoteIdent quotes an identifier for SQL: in double quotes, embedded quotes doubled.
// Every name that reaches SQL text has been checked against the schema first.
func quoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// quoteLiteral writes s as an SQL string literal.
func quoteLiteral(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// selectExpr is how a visible column is selected: valueExpr under the column's name.
func selectExpr(c Column) string {
	if e := valueExpr(c); e != quoteIdent(c.Name) {
		return e + " AS " + quoteIdent(c.Name)
	}
	return quoteIdent(c.Name)
}

// clipExpr is selectExpr with text and blobs cut to clip+1 characters (bytes) when clip
// > 0. typeof() does not load a value, substr() loads it inside SQLite only: the long
// value never reaches Go.
func clipExpr(c Column, clip int) string {
	if clip <= 0 {
		return selectExpr(c)
	}
	v := valueExpr(c)
	n := strconv.Itoa(clip + 1)
	return "CASE WHEN typeof(" + v + ") IN ('text', 'blob') THEN substr(" + v + ", 1, " + n + ") ELSE " + v +
		" END AS " + quoteIdent(c.Name)
}

// valueExpr selects DATE, DATETIME and TIMESTAMP columns through unary plus, a no-op that
// drops the declared type, because the driver turns text in such columns into time.Time
// and the stored text would be lost.
func valueExpr(c Column) string {
	switch strings.ToUpper(strings.TrimSpace(c.Type)) {
	case "DATE", "DATETIME", "TIMESTAMP":
		return "+" + quoteIdent(c.Name)
	}
	return quoteIdent(c.Name)
}

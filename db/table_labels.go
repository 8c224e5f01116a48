package db

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// LabelKey is how a foreign-key value is written as a key of Result.Labels and
// RowResult.Labels: fmt.Sprint for numbers and text, the bytes as text for a blob.
func LabelKey(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return fmt.Sprint(v)
}

// labels finds the label of every row the page's foreign-key columns point to: one query
// per column, for the page's distinct values only.
func labels(ctx context.Context, c *sql.Conn, s *Schema, t *Table, cols []string, rows [][]any) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	for _, fk := range t.ForeignKeys {
		target := s.Table(fk.RefTable)
		i := indexOf(cols, fk.Column)
		if target == nil || target.Label == "" || fk.RefColumn == "" || i < 0 {
			continue
		}
		seen := map[string]bool{}
		var values []any
		for _, row := range rows {
			if v := row[i]; v != nil && !seen[LabelKey(v)] {
				seen[LabelKey(v)] = true
				values = append(values, v)
			}
		}
		m, err := labelsOf(ctx, c, target, fk.RefColumn, values)
		if err != nil {
			return nil, err
		}
		out[fk.Column] = m
	}
	return out, nil
}

// labelsOf returns value -> label for the rows of target whose column holds one of values.
func labelsOf(ctx context.Context, c *sql.Conn, target *Table, column string, values []any) (map[string]string, error) {
	m := map[string]string{}
	if len(values) == 0 {
		return m, nil
	}
	q := "SELECT " + quoteIdent(column) + ", " + quoteIdent(target.Label) + " FROM " + quoteIdent(target.Name) +
		" WHERE " + quoteIdent(column) + " IN (" + strings.TrimSuffix(strings.Repeat("?,", len(values)), ",") + ")"
	rows, err := c.QueryContext(ctx, q, values...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var key any
		var label sql.NullString
		if err := rows.Scan(&key, &label); err != nil {
			return nil, err
		}
		if label.Valid {
			m[LabelKey(key)] = label.String
		}
	}
	return m, rows.Err()
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

package db

import (
	"context"
	"database/sql"
)

// readOrderIndexes finds, for each column, an index that walks the table in that column's
// order: the first column of a full (not partial) index, the one with fewest columns.
func readOrderIndexes(ctx context.Context, c *sql.Conn, t *Table) error {
	if t.View || t.Module != "" {
		return nil
	}
	rows, err := c.QueryContext(ctx, `SELECT il.name, ii.name FROM pragma_index_list(?) il, pragma_index_info(il.name) ii
		WHERE il.partial = 0 AND ii.seqno = 0 AND ii.name IS NOT NULL AND il.name NOT LIKE 'sqlite_autoindex_%'
		ORDER BY (SELECT count(*) FROM pragma_index_info(il.name)), il.name`, t.Name)
	if err != nil {
		return err
	}
	defer rows.Close()
	t.orderIndexes = map[string]string{}
	for rows.Next() {
		var index, column string
		if err := rows.Scan(&index, &column); err != nil {
			return err
		}
		if _, ok := t.orderIndexes[column]; !ok {
			t.orderIndexes[column] = index
		}
	}
	return rows.Err()
}

// orderHint makes SQLite walk the table in page order, skipping rows the filters reject,
// once the filters are known to match many rows (more than CountLimit). Without
// statistics (a file we only read has none, and we cannot ANALYZE it) SQLite takes any
// index on a filtered column and then sorts every match: at 1M rows, 400k matches sorted
// for a page of 100. Walking the order's index reads about pageSize/density rows instead.
func (p *tablePlan) orderHint() string {
	switch {
	case !p.walkOrder:
		return ""
	case p.sort == nil || len(p.key) == 1 && p.sort.Name == p.key[0].Name:
		return " NOT INDEXED"
	}
	if index, ok := p.t.orderIndexes[p.sort.Name]; ok {
		return " INDEXED BY " + quoteIdent(index)
	}
	return ""
}

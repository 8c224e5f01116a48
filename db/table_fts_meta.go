package db

import (
	"context"
	"database/sql"
	"strings"
)

// ftsLink is a full-text index a database declares for one of its tables in its
// metadata, the way Datasette's metadata does: fts_table names the index, fts_pk the
// table's column that the index's rowid holds (rowid when absent). It is how an index
// that keeps its own copy of the text (not external content, so without content='X' to
// read) is found: actors_fts, which also indexes the actors' aliases.
type ftsLink struct {
	table, key string
}

// sqlFTSLinks reads the table-level fts_table and fts_pk keys of _metadata.
const sqlFTSLinks = `SELECT resource, key, value FROM _metadata
	WHERE "column" = '' AND key IN ('fts_table', 'fts_pk') AND value IS NOT NULL`

// readFTSLinks returns the full-text indexes the database's _metadata declares, by the
// name of the table they index; none when it has no _metadata table.
func readFTSLinks(ctx context.Context, c *sql.Conn, s *Schema) (map[string]ftsLink, error) {
	meta := s.Table("_metadata")
	if meta == nil || meta.View {
		return nil, nil
	}
	rows, err := c.QueryContext(ctx, sqlFTSLinks)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	links := map[string]ftsLink{}
	for rows.Next() {
		var resource, key, value string
		if err := rows.Scan(&resource, &key, &value); err != nil {
			return nil, err
		}
		l := links[resource]
		if key == "fts_table" {
			l.table = value
		} else {
			l.key = value
		}
		links[resource] = l
	}
	return links, rows.Err()
}

// linkDeclaredFTS points table name at the FTS5 index l declares, when both exist and
// the key is one of the table's columns: a declaration that names what is not there is
// ignored, as content='X' naming no table is.
func linkDeclaredFTS(s *Schema, name string, l ftsLink) {
	target, fts := s.Table(name), s.Table(l.table)
	if target == nil || target.View || fts == nil || !strings.HasPrefix(fts.Module, "fts") {
		return
	}
	key := l.key
	if key == "" {
		key = "rowid"
	}
	if _, ok := target.column(key); key != "rowid" && !ok {
		return
	}
	target.FTS, target.ftsKey = fts.Name, key
}

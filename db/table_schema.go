package db

import (
	"context"
	"database/sql"
	"sort"
	"strings"
)

// Schema returns the tables and views of the file's current generation (of the request's,
// when its context is pinned), read when the generation was opened.
func (r *Reader) Schema(ctx context.Context) (*Schema, error) {
	g, release := r.use(ctx)
	defer release()
	return g.schema, nil
}

// schemaOf is the schema of the generation a session's context is pinned to.
func (r *Reader) schemaOf(ctx context.Context) *Schema {
	s, _ := r.Schema(ctx)
	return s
}

// readSchema reads sqlite_master and the table_xinfo / foreign_key_list pragmas, then
// derives what the explorer needs: hidden shadow tables, FTS links, labels, incoming keys.
func (r *Reader) readSchema(ctx context.Context, g *generation) (*Schema, error) {
	c, err := r.conn(ctx, g)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	rows, err := c.QueryContext(ctx, `SELECT type, name, coalesce(sql, '') FROM sqlite_master
		WHERE type IN ('table', 'view') ORDER BY type = 'view', name`)
	if err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	s := &Schema{}
	for rows.Next() {
		var typ string
		t := &Table{}
		if err := rows.Scan(&typ, &t.Name, &t.SQL); err != nil {
			rows.Close()
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		t.View = typ == "view"
		t.Module = virtualModule(t.SQL)
		s.Tables = append(s.Tables, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	for _, t := range s.Tables {
		if err := readColumns(ctx, c, t); err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		if err := readForeignKeys(ctx, c, t); err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		if err := readOrderIndexes(ctx, c, t); err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
	}
	links, err := readFTSLinks(ctx, c, s)
	if err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	linkSchema(s, links)
	linkViews(s)
	return s, nil
}

func readColumns(ctx context.Context, c *sql.Conn, t *Table) error {
	rows, err := c.QueryContext(ctx,
		`SELECT name, type, "notnull", pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid`, t.Name)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var col Column
		var hidden int
		if err := rows.Scan(&col.Name, &col.Type, &col.NotNull, &col.PK, &hidden); err != nil {
			return err
		}
		if hidden != 1 { // 1: a virtual table's hidden column (fts5's rank); 2, 3: generated
			t.Columns = append(t.Columns, col)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	t.PrimaryKey = primaryKey(t)
	if t.View {
		return nil
	}
	var withoutRowid sql.NullBool
	err = c.QueryRowContext(ctx, `SELECT wr FROM pragma_table_list(?) WHERE schema = 'main'`, t.Name).Scan(&withoutRowid)
	t.withoutRowid = withoutRowid.Bool
	if err == sql.ErrNoRows {
		return nil
	}
	return err
}

// primaryKey lists the declared key in key order; a table without one is keyed by rowid.
// Views have no key (their pages fall back to LIMIT/OFFSET).
func primaryKey(t *Table) []string {
	if t.View {
		return nil
	}
	var pk []Column
	for _, c := range t.Columns {
		if c.PK > 0 {
			pk = append(pk, c)
		}
	}
	if len(pk) == 0 {
		return []string{"rowid"}
	}
	sort.Slice(pk, func(i, j int) bool { return pk[i].PK < pk[j].PK })
	names := make([]string, len(pk))
	for i, c := range pk {
		names[i] = c.Name
	}
	return names
}

// readForeignKeys keeps single-column keys only: a composite key cannot name one target
// row from one column, which is all that labels and related counts can use.
func readForeignKeys(ctx context.Context, c *sql.Conn, t *Table) error {
	if t.View {
		return nil
	}
	rows, err := c.QueryContext(ctx, `SELECT "table", "from", coalesce("to", '') FROM pragma_foreign_key_list(?)
		WHERE id IN (SELECT id FROM pragma_foreign_key_list(?) GROUP BY id HAVING count(*) = 1)
		ORDER BY id`, t.Name, t.Name)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		fk := ForeignKey{Table: t.Name}
		if err := rows.Scan(&fk.RefTable, &fk.Column, &fk.RefColumn); err != nil {
			return err
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	}
	return rows.Err()
}

// Table returns the table or view called name (exactly, else ignoring case as SQLite
// does), or nil.
func (s *Schema) Table(name string) *Table {
	for _, t := range s.Tables {
		if t.Name == name {
			return t
		}
	}
	for _, t := range s.Tables {
		if strings.EqualFold(t.Name, name) {
			return t
		}
	}
	return nil
}

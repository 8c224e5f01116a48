package db

import (
	"context"
	"strconv"
	"sync"
)

// Docs is the documentation a database carries inside itself (the _metadata and _queries
// tables written by the migration): what the dataset is, what each table, view and column
// means, and its canned queries. A file without those tables has empty Docs.
type Docs struct {
	Dataset map[string]string    // title, description, source, license, license_url, source_url
	Tables  map[string]TableDocs // by table or view name
	Queries []CannedQuery        // in name order
}

// TableDocs describes one table or view.
type TableDocs struct {
	Description string
	Rank        int               // 1, 2, ... for the main tables, listed first in that order; 0 for others
	Columns     map[string]string // column -> description
}

// CannedQuery is a named query stored in the file.
type CannedQuery struct {
	Name, Title, Description, SQL string
}

// docsCache keeps the Docs of one generation of the file (see generation.go): pages ask
// for them on every request, and a new generation (an import replaced the file) starts
// with an empty cache. Only a successful read is kept.
type docsCache struct {
	mu   sync.Mutex
	docs *Docs
}

// Docs returns the file's own documentation, as of the generation of the file the
// request reads. The caller must not change the result.
func (r *Reader) Docs(ctx context.Context) (*Docs, error) {
	ctx, release := r.Pin(ctx)
	defer release()
	g, done := r.use(ctx)
	defer done()
	g.docsCache.mu.Lock()
	defer g.docsCache.mu.Unlock()
	if g.docsCache.docs != nil {
		return g.docsCache.docs, nil
	}
	d, err := r.readDocs(ctx)
	if err != nil {
		return nil, err
	}
	g.docsCache.docs = d
	return d, nil
}

func (r *Reader) readDocs(ctx context.Context) (*Docs, error) {
	d := &Docs{Dataset: map[string]string{}, Tables: map[string]TableDocs{}}
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, err
	}
	hasMeta, hasQueries := s.Table("_metadata") != nil, s.Table("_queries") != nil
	if !hasMeta && !hasQueries {
		return d, nil
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	if hasMeta {
		err = eachRow(ctx, c, sqlReadDocs, nil, func(row []any) error {
			res, col, key, val := text(row[0]), text(row[1]), text(row[2]), text(row[3])
			switch {
			case res == "":
				d.Dataset[key] = val
			case key == "rank" && col == "":
				td := d.Tables[res]
				td.Rank, _ = strconv.Atoi(val)
				d.Tables[res] = td
			case key != "description":
			case col == "":
				td := d.Tables[res]
				td.Description = val
				d.Tables[res] = td
			default:
				td := d.Tables[res]
				if td.Columns == nil {
					td.Columns = map[string]string{}
				}
				td.Columns[col] = val
				d.Tables[res] = td
			}
			return nil
		})
		if err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
	}
	if hasQueries {
		err = eachRow(ctx, c, sqlReadQueries, nil, func(row []any) error {
			d.Queries = append(d.Queries, CannedQuery{text(row[0]), text(row[1]), text(row[2]), text(row[3])})
			return nil
		})
		if err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
	}
	return d, nil
}

// text is a scanned value as a string ("" for NULL).
func text(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	case nil:
		return ""
	}
	return ""
}

const (
	sqlReadDocs = `SELECT CAST(resource AS TEXT), CAST("column" AS TEXT), CAST(key AS TEXT), CAST(value AS TEXT)
  FROM _metadata WHERE key IS NOT NULL LIMIT 100000`
	sqlReadQueries = `SELECT CAST(name AS TEXT), CAST(title AS TEXT), CAST(description AS TEXT), CAST(sql AS TEXT)
  FROM _queries WHERE name IS NOT NULL AND sql IS NOT NULL ORDER BY name`
)

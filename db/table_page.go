package db

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// defaultPageSize is the page size when a query asks for none (Datasette's).
const defaultPageSize = 100

// TablePage returns one page of a table or view under q's filters, sort and search, with
// its count, facets and foreign-key labels. The rows and count run under SQLTimeLimit,
// each facet under FacetTimeLimit.
func (r *Reader) TablePage(ctx context.Context, q TableQuery) (*Result, error) {
	start := time.Now()
	t, p, err := r.plan(ctx, q)
	if err != nil {
		return nil, err
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	res, err := r.tablePage(ctx, c, t, p, q)
	if err != nil {
		return nil, searchError(sqlError(err, r.opt.SQLTimeLimit), q)
	}
	res.Took = time.Since(start)
	return res, nil
}

func (r *Reader) tablePage(ctx context.Context, c *sql.Conn, t *Table, p *tablePlan, q TableQuery) (*Result, error) {
	res := &Result{}
	for _, col := range p.cols {
		res.Columns = append(res.Columns, col.Name)
	}
	if q.JSONRows && q.NoLabels && p.match == nil {
		p.rowFunc, res.JSONRows = jsonRowFunc, true
	}
	var err error
	if !q.NoCount {
		if res.Count, err = r.pageCount(ctx, c, p); err != nil {
			return nil, err
		}
	}
	p.walkOrder = !res.Count.Exact && p.filtered()
	if res.Rows, res.Next, err = r.pageRows(ctx, c, p, q); err != nil {
		return nil, err
	}
	if !res.Count.Exact && res.Count.N < int64(len(res.Rows)) {
		res.Count.N = int64(len(res.Rows))
	}
	if !q.NoLabels {
		if res.Labels, err = labels(ctx, c, r.schemaOf(ctx), t, res.Columns, res.Rows); err != nil {
			return nil, err
		}
	}
	if res.ThroughLabels, err = throughLabels(ctx, c, r.schemaOf(ctx), q.Through); err != nil {
		return nil, err
	}
	for _, f := range p.facets {
		facet, err := r.facet(ctx, p, f)
		if err != nil {
			return nil, err
		}
		res.Facets = append(res.Facets, facet)
	}
	if p.match != nil {
		if res.Snippets, err = r.snippets(ctx, c, p, res); err != nil {
			return nil, err
		}
	}
	if q.Suggest {
		if res.Suggested, err = r.suggest(ctx, p); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// searchError says which part of the page was wrong: with a raw search, SQLite's FTS
// complaints ("unterminated string") are about the search text, and filters and sort were
// checked before any SQL ran.
func searchError(err error, q TableQuery) error {
	var e *Error
	if q.SearchRaw && q.Search != "" && errors.As(err, &e) && e.Code == EINVALID && !strings.HasPrefix(e.Message, ftsPrefix) {
		return &Error{Code: EINVALID, Message: ftsPrefix + e.Message, Err: e.Err}
	}
	return err
}

// plan looks the table up and checks the query against it.
func (r *Reader) plan(ctx context.Context, q TableQuery) (*Table, *tablePlan, error) {
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, nil, err
	}
	t := s.Table(q.Table)
	if t == nil {
		return nil, nil, Errorf(ENOTFOUND, "no table or view '%s' in %s", q.Table, r.Name())
	}
	if err := checkSearchColumn(s, t, q.SearchColumn); err != nil {
		return nil, nil, err
	}
	p, err := newTablePlan(t, q)
	if err != nil {
		return nil, nil, err
	}
	return t, p, p.addThrough(s, q.Through)
}

// pageRows reads Size+1 rows to learn whether there is a next page without counting.
func (r *Reader) pageRows(ctx context.Context, c *sql.Conn, p *tablePlan, q TableQuery) ([][]any, string, error) {
	if q.NoRows {
		return nil, "", nil
	}
	size := q.Size
	if size <= 0 {
		size = defaultPageSize
	}
	size = min(size, r.opt.MaxReturnedRows)
	after, err := decodeKeyset(q.Next, p.sortName(), p.desc)
	if err != nil {
		return nil, "", err
	}
	var rows [][]any
	collect := func(row []any) error { rows = append(rows, row); return nil }
	if p.key == nil {
		var offset int64
		if after != nil {
			offset = after.Offset
		}
		if err := p.readView(ctx, c, offset, size+1, collect); err != nil {
			return nil, "", err
		}
		if len(rows) <= size {
			return rows, "", nil
		}
		next := keyset{Sort: p.sortName(), Desc: p.desc, Offset: offset + int64(size)}
		return rows[:size], encodeKeyset(next), nil
	}
	if err := p.readTable(ctx, c, after, size+1, collect); err != nil {
		return nil, "", err
	}
	next := ""
	if len(rows) > size {
		rows = rows[:size]
		next = encodeKeyset(p.tokenAfter(rows[size-1]))
	}
	for i, row := range rows {
		rows[i] = row[:p.width():p.width()]
	}
	return rows, next, nil
}

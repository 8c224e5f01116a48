package db

import (
	"context"
	"database/sql"
)

// Count returns the row count of a table or view, cached per file and capped: a table is
// counted exactly once (SQLite's count(*) walks the smallest index), a view up to
// CountLimit rows, and a count that hits the time limit is reported as "more than
// CountLimit". Counts are kept per generation of the file, so an import resets them.
func (r *Reader) Count(ctx context.Context, table string) (Count, error) {
	s, err := r.Schema(ctx)
	if err != nil {
		return Count{}, err
	}
	t := s.Table(table)
	if t == nil {
		return Count{}, Errorf(ENOTFOUND, "no table or view '%s' in %s", table, r.Name())
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return Count{}, err
	}
	defer done()
	return r.cachedCount(ctx, c, t)
}

// cachedCount counts t on c; ctx is a session's, pinned to c's generation.
func (r *Reader) cachedCount(ctx context.Context, c *sql.Conn, t *Table) (Count, error) {
	g, release := r.use(ctx)
	defer release()
	g.countsMu.Lock()
	n, ok := g.counts[t.Name]
	g.countsMu.Unlock()
	if ok {
		return n, nil
	}
	var err error
	if t.View {
		n, err = r.cappedCount(ctx, c, " FROM "+quoteIdent(t.Name), nil)
	} else {
		err = c.QueryRowContext(ctx, "SELECT count(*) FROM "+quoteIdent(t.Name)).Scan(&n.N)
		n.Exact = true
	}
	switch err = sqlError(err, r.opt.SQLTimeLimit); ErrorCode(err) {
	case "":
	case ETIMEOUT:
		n = Count{N: r.opt.CountLimit, Exact: false}
	default:
		return Count{}, err
	}
	g.countsMu.Lock()
	g.counts[t.Name] = n
	g.countsMu.Unlock()
	return n, nil
}

// cappedCount counts the rows of from (a FROM ... WHERE ...) but stops at CountLimit+1, so
// that a broad filter on a big table costs at most CountLimit rows of work.
func (r *Reader) cappedCount(ctx context.Context, c *sql.Conn, from string, args []any) (Count, error) {
	var n int64
	q := "SELECT count(*) FROM (SELECT 1" + from + " LIMIT ?)"
	if err := c.QueryRowContext(ctx, q, append(append([]any{}, args...), r.opt.CountLimit+1)...).Scan(&n); err != nil {
		return Count{}, err
	}
	if n > r.opt.CountLimit {
		return Count{N: r.opt.CountLimit, Exact: false}, nil
	}
	return Count{N: n, Exact: true}, nil
}

// pageCount counts the rows a page's filters match. Running out of time is not an error:
// the count is then a lower bound (TablePage raises it to the page's own rows).
func (r *Reader) pageCount(ctx context.Context, c *sql.Conn, p *tablePlan) (Count, error) {
	if !p.filtered() {
		return r.cachedCount(ctx, c, p.t)
	}
	n, err := r.cappedCount(ctx, c, p.from(), p.args)
	if err = sqlError(err, r.opt.SQLTimeLimit); ErrorCode(err) == ETIMEOUT {
		return Count{N: 0, Exact: false}, nil
	}
	return n, err
}

package db

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

const (
	defaultConnWait       = 5 * time.Second
	defaultMaxSQLWorkers  = 3
	defaultMaxValueBytes  = 8 << 20
	defaultMaxResultBytes = 64 << 20
)

func (o ReadOptions) adhocDefaults() ReadOptions {
	if o.ConnWait <= 0 {
		o.ConnWait = defaultConnWait
	}
	if o.MaxSQLWorkers <= 0 {
		o.MaxSQLWorkers = defaultMaxSQLWorkers
	}
	if o.MaxValueBytes <= 0 {
		o.MaxValueBytes = defaultMaxValueBytes
	}
	if o.MaxResultBytes <= 0 {
		o.MaxResultBytes = defaultMaxResultBytes
	}
	if o.AnswerCacheBytes == 0 {
		o.AnswerCacheBytes = defaultAnswerCacheBytes
	}
	return o
}

// newAdhocDB is the pool of visitors' SQL: as many connections as workers, so that a
// flood of slow statements holds these and never the pages' connections.
func newAdhocDB(dsn string, opt ReadOptions) *sql.DB {
	d := newSandboxDB(dsn, opt.MaxValueBytes)
	d.SetMaxOpenConns(opt.MaxSQLWorkers)
	d.SetMaxIdleConns(opt.MaxSQLWorkers)
	return d
}

// adhocSession is session for visitors' SQL, on the generation's ad hoc pool.
func (r *Reader) adhocSession(ctx context.Context) (context.Context, *sql.Conn, func(), error) {
	g, release := r.use(ctx)
	c, err := checkout(ctx, g.adhoc, r.opt.MaxValueBytes, r.opt.ConnWait)
	if err != nil {
		release()
		return nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, genKey{}, g), r.opt.SQLTimeLimit)
	return ctx, c, func() { c.Close(); cancel(); release() }, nil
}

// close closes both pools of a generation, the pages pool's kept statements first.
func (g *generation) close() error {
	return errors.Join(g.stmts.closeAll(), g.db.Close(), g.adhoc.Close())
}

// checkout takes a connection of pool, waiting at most wait, and applies the limits.
func checkout(ctx context.Context, pool *sql.DB, maxLen int, wait time.Duration) (*sql.Conn, error) {
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	c, err := pool.Conn(wctx)
	switch {
	case err != nil && ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded):
		return nil, &Error{Code: EBUSY, Err: err,
			Message: "the server is busy: no database connection became free within " + wait.String() + "; try again shortly"}
	case err != nil:
		return nil, sqlError(err, 0)
	}
	if err := limitConn(c, maxLen); err != nil {
		c.Close()
		return nil, &Error{Code: EINTERNAL, Message: "cannot limit the connection", Err: err}
	}
	return c, nil
}

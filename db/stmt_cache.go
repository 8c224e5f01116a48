package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync"
)

// stmtCache keeps the explorer's prepared statements per connection of a generation's
// pages pool, so that a page asked again (the next page, the same JSON page from another
// client) runs a statement SQLite compiled once instead of parsing and planning its SQL
// at every request: on a JSON page of 100 rows compiling was a tenth of the CPU. The
// statements are the explorer's own SQL (user values are parameters; only _where and
// column lists put text in it), at most stmtsPerConn per connection, least recently used
// dropped first. A statement belongs to its connection: it is only run, reset and
// finalized by whoever holds that connection (inside sql.Conn.Raw), and finalized
// before the connection can be closed (forgetBroken, closeAll).
type stmtCache struct {
	mu    sync.Mutex
	conns map[any]*connStmts // by driver connection
}

// stmtsPerConn bounds each connection's kept statements.
const stmtsPerConn = 32

// connStmts are one connection's statements, most recently used last. Only the holder
// of the connection touches them.
type connStmts struct {
	queries []string
	stmts   map[string]driver.Stmt
}

// of returns the statements of the driver connection dc (the caller holds dc).
func (c *stmtCache) of(dc any) *connStmts {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conns == nil {
		c.conns = map[any]*connStmts{}
	}
	cs := c.conns[dc]
	if cs == nil {
		cs = &connStmts{stmts: map[string]driver.Stmt{}}
		c.conns[dc] = cs
	}
	return cs
}

// prepared returns query prepared on dc, compiling it the first time.
func (cs *connStmts) prepared(ctx context.Context, dc driver.ConnPrepareContext, query string) (driver.Stmt, error) {
	if s, ok := cs.stmts[query]; ok {
		cs.touch(query)
		return s, nil
	}
	s, err := dc.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if len(cs.queries) >= stmtsPerConn {
		oldest := cs.queries[0]
		cs.queries = cs.queries[1:]
		cs.stmts[oldest].Close()
		delete(cs.stmts, oldest)
	}
	cs.queries = append(cs.queries, query)
	cs.stmts[query] = s
	return s, nil
}

// touch moves query to the most recently used end.
func (cs *connStmts) touch(query string) {
	n := len(cs.queries)
	if cs.queries[n-1] == query {
		return
	}
	for i, q := range cs.queries {
		if q == query {
			copy(cs.queries[i:], cs.queries[i+1:])
			cs.queries[n-1] = query
			return
		}
	}
}

// closeAll finalizes every statement of cs.
func (cs *connStmts) closeAll() error {
	var errs []error
	for _, s := range cs.stmts {
		errs = append(errs, s.Close())
	}
	cs.stmts, cs.queries = map[string]driver.Stmt{}, nil
	return errors.Join(errs...)
}

// forgetBroken finalizes the statements of c's connection when database/sql is about to
// close it rather than pool it again (a statement of it was interrupted by a time
// limit: the driver then reports the connection invalid). Call it while c is held, just
// before c.Close; a statement must never outlive its connection.
func (c *stmtCache) forgetBroken(conn *sql.Conn) {
	conn.Raw(func(dc any) error {
		if v, ok := dc.(driver.Validator); !ok || v.IsValid() {
			return nil
		}
		c.mu.Lock()
		cs := c.conns[dc]
		delete(c.conns, dc)
		c.mu.Unlock()
		if cs != nil {
			cs.closeAll()
		}
		return nil
	})
}

// closeAll finalizes every kept statement; the pool must have no connection in use.
func (c *stmtCache) closeAll() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for dc, cs := range c.conns {
		errs = append(errs, cs.closeAll())
		delete(c.conns, dc)
	}
	return errors.Join(errs...)
}
